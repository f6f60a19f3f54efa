import asyncio
import contextlib

log = []

class Conn:
    def __init__(self, name, fail_on_close=False):
        self.name, self.fail_on_close = name, fail_on_close
    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(f"open {self.name}")
        return self
    async def __aexit__(self, typ, exc, tb):
        log.append(f"close {self.name} ({typ.__name__ if typ else 'ok'})")
        if self.fail_on_close:
            raise OSError(f"{self.name} close failed")
        return False

@contextlib.asynccontextmanager
async def transaction(name):
    log.append(f"begin {name}")
    try:
        yield name.upper()
        log.append(f"commit {name}")
    except ValueError:
        log.append(f"rollback {name}")
        raise

class Lock:
    def __enter__(self):
        log.append("lock"); return self
    def __exit__(self, *exc):
        log.append("unlock")

async def cleanup(what):
    log.append(f"async cleanup {what}")

async def main():
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Conn(n)) for n in ("db", "cache")]
        tx = await stack.enter_async_context(transaction("t1"))
        stack.enter_context(Lock())
        stack.callback(log.append, "sync callback")
        stack.push_async_callback(cleanup, "temp files")
        log.append(f"working with {[c.name for c in conns]} in {tx}")
    print("\n".join(log)); log.clear()
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(Conn("a", fail_on_close=True))
            await stack.enter_async_context(transaction("t2"))
            raise ValueError("bad data")
    except OSError as e:
        print("OSError:", e, "| context:", repr(e.__context__))
    print("\n".join(log)); log.clear()
    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(Conn("kept"))
    moved = stack.pop_all()
    await stack.aclose()
    log.append("after first aclose")
    await moved.aclose()
    print("\n".join(log)); log.clear()
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_exit(lambda *exc: asyncio.sleep(0, result=True))
        raise KeyError("suppressed")
    print("suppressed ok")
    @transaction("decorated")
    async def job(x):
        log.append(f"job {x}")
        return x * 2
    print(await job(21), await job(1), log)
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
