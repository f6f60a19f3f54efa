# async/await used where they are not allowed.
import traceback

CASES = [
    'async def f():\n    yield 1\n    return 2',
    'async def f():\n    yield 1\n    return None',
    'async def f():\n    yield 1\n    return',
    'def f():\n    [await x for x in y]',
    '[await x for x in y]',
    'def f():\n    [x async for x in y]',
    'def f():\n    (await x for x in y)',
    'async def f():\n    [[await z for z in x] for x in y]',
    'def f():\n    {x: 1 async for x in y}',
    'def f():\n    lambda: [x async for x in y]',
    'async def f():\n    lambda: [x async for x in y]',
    'def f():\n    [x for x in await y]',
    'def f():\n    await x',
    'await x',
    'class A:\n    await x',
    'def f():\n    async with a: pass',
    'def f():\n    async for a in b: pass',
    'async def f():\n    yield from x',
    'async def f():\n    [x for x in y if (yield)]',
]
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
