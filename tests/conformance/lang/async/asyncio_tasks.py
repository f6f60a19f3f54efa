# Tasks and futures: names, repr, results, exceptions, callbacks, cancellation.
import asyncio


async def compute(x, delay=0):
    await asyncio.sleep(delay)
    if x < 0:
        raise ValueError(f'negative: {x}')
    return x * x


async def forever(log):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError as e:
        log.append(('cancelled', e.args))
        raise
    finally:
        log.append('finally')


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.done())
    t = asyncio.create_task(compute(3))
    print(repr(t))
    print(await t, t.done(), t.result(), t.exception())
    print(repr(t))
    named = asyncio.create_task(compute(2), name='worker')
    print(named.get_name(), await named)
    print(asyncio.create_task(compute(1)).get_name())
    bad = asyncio.create_task(compute(-1))
    try:
        await bad
    except ValueError as e:
        print('ValueError', e, repr(bad.exception()))
    print(repr(bad))
    log = []
    f = asyncio.create_task(forever(log))
    await asyncio.sleep(0.025)
    print(f.cancel('stop it'), f.cancelling())
    try:
        await f
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    print(log, f.cancelled(), f.done(), f.cancel())
    try:
        f.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done())
    fut.add_done_callback(lambda x: print('callback sees', x.result()))
    loop.call_later(0.01, fut.set_result, 'later value')
    print(await fut)
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e.__class__.__module__)
    pending = loop.create_future()
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutinefunction(print))
    co = compute(1)
    print(asyncio.iscoroutine(co), asyncio.isfuture(fut), asyncio.isfuture(co))
    print(await co)
    print(len(asyncio.all_tasks()), asyncio.get_event_loop() is loop)
    print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
