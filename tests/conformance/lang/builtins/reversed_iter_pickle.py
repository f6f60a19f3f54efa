# Pickling and copying reverse iterators (list, sequence, dict views), as test_list,
# test_tuple and test_dict do: reduce, then __setstate__ with the index clamped.
import pickle, copy
l = [4, 5, 6, 7]
r = reversed(l); next(r)
print(r.__reduce__())
print(list(copy.copy(r)))
d = {1: 'a', 2: 'b', 3: 'c'}
for it in (reversed(d), reversed(d.values()), reversed(d.items()), reversed(d.keys())):
    next(it)
    red = it.__reduce__()
    print(red[0].__name__, red[1])
    print(list(pickle.loads(pickle.dumps(it))))
t = reversed((1, 2, 3)); print(t.__reduce__()[0].__name__, list(pickle.loads(pickle.dumps(t))))
s = reversed("abc"); print(list(copy.copy(s)))
r2 = reversed(range(5)); next(r2); print(r2.__reduce__())
import pickle
orig = [4, 5, 6, 7]
data = [10, 11, 12, 13, 14, 15]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    itorig = reversed(orig)
    it, a = pickle.loads(pickle.dumps((itorig, orig), proto))
    a[:] = data
    print(type(it).__name__, list(it))
    next(itorig)
    it, a = pickle.loads(pickle.dumps((itorig, orig), proto))
    a[:] = data
    print(list(it))
    for i in range(1, len(orig)):
        next(itorig)
    it, a = pickle.loads(pickle.dumps((itorig, orig), proto))
    a[:] = data
    print(list(it))
    try:
        next(itorig)
    except StopIteration:
        print("stop")
    it, a = pickle.loads(pickle.dumps((itorig, orig), proto))
    print(list(it))
class R(reversed): pass
r = R((1, 2, 3)); next(r)
print(r.__reduce__()[0].__name__, list(copy.copy(r)))
rr = reversed([1, 2, 3]); rr.__setstate__(10); print(list(rr))
rr = reversed((1, 2, 3)); rr.__setstate__(-5); print(list(rr))
rr = reversed((1, 2, 3)); rr.__setstate__(0); print(list(rr))
d = {1: 2, 3: 4}
it = reversed(d.items())
print(list(copy.copy(it)), list(it))
