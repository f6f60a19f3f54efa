# An image cache that holds values weakly: entries vanish when nobody uses them.
import weakref


class Image:
    loads = 0

    def __init__(self, path):
        Image.loads += 1
        self.path = path


class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()

    def get(self, path):
        img = self._items.get(path)
        if img is None:
            img = Image(path)
            self._items[path] = img
        return img


cache = Cache()
a = cache.get('a.png')
a2 = cache.get('a.png')
print(a is a2, Image.loads)
del a, a2
b = cache.get('a.png')
print(Image.loads, sorted(cache._items.keys()))
