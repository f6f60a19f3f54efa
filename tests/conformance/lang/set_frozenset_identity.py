# frozenset methods with no other operand make a new frozenset (copy() alone returns itself);
# keywords for subclasses of tuple, frozenset and float with their own __init__.
z = frozenset('abc')
for name in ('intersection', 'union', 'difference'):
    r = getattr(z, name)()
    print(name, r is z, r == z, type(r).__name__)
print('copy', z.copy() is z)


class FS(frozenset):
    pass


f = FS('ab')
print(type(f.copy()).__name__, f.copy() is f, type(f.union()).__name__)


class T(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


t = T([1, 2], newarg=3)
print(t, t.newarg)


class F(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


print(sorted(F([2, 1], newarg=4)), F([], newarg=4).newarg)


class G(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


print(G('1.5', newarg=7), G(2, newarg=7).newarg)
for cls in (tuple, frozenset, float):
    class Plain(cls):
        pass
    try:
        Plain([1] if cls is not float else 1, x=1)
    except TypeError as e:
        print(cls.__name__, e)

# Nested frozensets hash in linear time (their hashes are kept).
nums = [frozenset()]
for i in range(200):
    nums.append(frozenset(nums))
print(hash(nums[-1]) == hash(frozenset(nums[:-1])), len(nums[-1]))
