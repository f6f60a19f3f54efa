# "coroutine ... was never awaited": the RuntimeWarning of a coroutine freed unstarted,
# attributed to the line that dropped it (once per line, by the default filter).
import gc


async def job(n):
    return n


def drop():
    job(1)


drop()
drop()
job(2)
pending = job(3)
del pending


class Holder:
    pass


h = Holder()
h.self = h
h.coro = job(4)
del h
print('collecting')
gc.collect()
started = job(5)
try:
    started.send(None)
except StopIteration:
    pass
del started
closed = job(6)
closed.close()
del closed
left = job(7)
print('end of program')
