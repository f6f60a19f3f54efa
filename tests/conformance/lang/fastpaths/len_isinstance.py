import sys, builtins
x = [1, 2]
print(len(x), len((1,)), len({}), len("héllo"), len(b"ab"), len({1, 2}), len(range(5)), isinstance(x, list), isinstance(1, (str, int)), isinstance(True, int))
class L:
    def __len__(self): return 7
print(len(L()))
try: len(5)
except TypeError as e: print(e)
try: isinstance(1, 2)
except TypeError as e: print(e)
try: len()
except TypeError as e: print(e)
old = builtins.len
builtins.len = lambda o: -1
print(len(x))
builtins.len = old
print(len(x))
def f(len=len):
    return len([1, 2, 3])
print(f(), f(lambda v: 'mine'))
class S(str): pass
print(len(S("abc")), isinstance(S("a"), str))
