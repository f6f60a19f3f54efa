# Each asyncio task runs in a copy of the context it was created in.
import asyncio
import contextvars

current = contextvars.ContextVar("current", default="main")


async def worker(name, delay):
    current.set(name)
    await asyncio.sleep(delay)
    print(name, "sees", current.get())
    return current.get()


async def reader():
    return current.get()


async def main():
    current.set("outer")
    results = await asyncio.gather(worker("a", 0.02), worker("b", 0.01), reader())
    print(results, current.get())
    t = asyncio.create_task(reader())
    current.set("changed-after")
    print(await t)
    ctx = contextvars.Context()
    print(await asyncio.create_task(reader(), context=ctx))
    ctx2 = contextvars.copy_context()
    task = asyncio.get_running_loop().create_task(worker("c", 0), context=ctx2)
    await task
    print(ctx2[current], current.get())
    async with asyncio.TaskGroup() as tg:
        g = tg.create_task(worker("tg", 0))
    print(g.result())


asyncio.run(main())
print(current.get())
