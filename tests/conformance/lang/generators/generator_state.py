def g():
    yield 1


it = g()
print(it.gi_running, it.gi_frame is not None)
print(next(it))
print(list(it), it.gi_frame)
print(iter(it) is it)
