import weakref


class Widget:
    def __init__(self, n):
        self.n = n


meta = weakref.WeakKeyDictionary()
ws = [Widget(i) for i in range(4)]
for w in ws:
    meta[w] = w.n * 10
print(len(meta), sorted(meta.values()))
del w
ws.pop()
ws.pop(0)
print(len(meta), sorted(meta.values()))
print(ws[0] in meta, meta[ws[0]])
ws.clear()
print(len(meta))
