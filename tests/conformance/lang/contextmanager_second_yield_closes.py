# A @contextmanager generator that yields again is closed (its finally runs) as the
# RuntimeError leaves __exit__, before the caller's handler sees it; also after throw().
import asyncio
from contextlib import asynccontextmanager, contextmanager


@contextmanager
def twice():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup twice')


try:
    with twice() as v:
        print('body', v)
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except KeyError:
        yield
    finally:
        print('cleanup after throw')


try:
    with yields_after_throw():
        raise KeyError('k')
except RuntimeError as e:
    print('RuntimeError', e)

ctx = twice()
ctx.__enter__()
try:
    ctx.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e, ctx.gen.gi_suspended, ctx.gen.gi_frame)


@asynccontextmanager
async def atwice():
    try:
        yield 1
        yield 2
    finally:
        print('async cleanup')


async def main():
    try:
        async with atwice() as v:
            print('async body', v)
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
print('done')
