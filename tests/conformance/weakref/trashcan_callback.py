# bpo-16602: a weakref whose referent's count reached 0 during a long chain of
# deallocations (delayed by the trashcan) must not hand the dying object out.
import gc
import weakref


class C:
    def __init__(self, parent):
        if not parent:
            return
        wself = weakref.ref(self)

        def cb(wparent):
            o = wself()
            seen.append(o is None)

        self.wparent = weakref.ref(parent, cb)


seen = []
d = weakref.WeakKeyDictionary()
root = c = C(None)
for n in range(100):
    d[c] = c = C(c)
del root
gc.collect()
print(len(d), len(seen), all(seen))
del c
gc.collect()
print(len(d), len(seen), all(seen))
