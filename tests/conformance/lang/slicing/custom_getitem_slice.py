class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)

    def __setitem__(self, key, value):
        print('set', key, value)

    def __delitem__(self, key):
        print('del', key)


s = Seq()
print(s[3], s[1:2], s[::5], s[:-1], s[1, 2])
s[0] = 'x'
s[1:3] = 'y'
del s[::2]
