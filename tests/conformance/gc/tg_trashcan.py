# test_gc.test_trashcan (reduced): deep structures whose __del__ calls gc.collect.
import gc

gc.collect()
N = 150
calls = 0


class Ouch:
    n = 0

    def __del__(self):
        global calls
        Ouch.n += 1
        if Ouch.n % 17 == 0:
            calls += 1
            gc.collect()


gc.enable()
u = []
for count in range(2):
    t = []
    for i in range(N):
        t = [t, Ouch()]
    u = [u, t]
    v = {}
    for i in range(N):
        v = {1: v, 2: Ouch()}
del u, t, v
gc.collect()
print(Ouch.n, calls)
