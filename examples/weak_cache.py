# A cache that does not keep its values alive: weakref.WeakValueDictionary.
import gc
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


cache = weakref.WeakValueDictionary()
logo = Image("logo.png")
cache["logo"] = logo
cache["banner"] = Image("banner.png")  # nobody else holds it: gone at once
print(sorted(cache.keys()))
del logo
gc.collect()
print(sorted(cache.keys()))
