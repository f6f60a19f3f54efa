# pickle.dumps of the built-in values at protocols 0-5: python3's bytes exactly (opcodes, memo, frames).
import pickle, sys
def show(x, proto=None):
    d = pickle.dumps(x) if proto is None else pickle.dumps(x, proto)
    print(proto, d)
for v in [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31-1, 2**31, -2**31, -2**31-1, 2**100, -2**100, 1.5, -0.0, float('inf'), '', 'a', 'héllo', 'x'*300, b'', b'ab', b'\x00'*300, (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1], [1,[2]], {}, {'a':1}, {1:2,3:4}, set(), {1}, frozenset(), frozenset({1}), bytearray(b'ab'), len, int, pickle.PicklingError, complex(1,2), range(3), slice(1,2), Ellipsis, NotImplemented, type(None)]:
    for p in (0, 1, 2, 3, 4, 5):
        try:
            show(v, p)
        except Exception as e:
            print(p, 'ERR', type(e).__name__, e)
a = [1, 2]
show([a, a]); show((a, a)); l = []; l.append(l); show(l); show(l, 0); show(l, 2)
d = {}; d['self'] = d; show(d)
show(list(range(2000))[:1005])
