import weakref


class Image:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()
a = Image('a.png')
b = Image('b.png')
cache['a'] = a
cache['b'] = b
print(sorted(cache.keys()), len(cache))
del a
print(sorted(cache.keys()), len(cache))
print(cache.get('a'), cache['b'].name)
try:
    cache['a']
except KeyError as e:
    print('KeyError:', e)
del b
print(len(cache), list(cache.items()))
