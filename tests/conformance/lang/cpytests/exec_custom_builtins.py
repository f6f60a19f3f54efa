# exec/eval with a globals dict of their own '__builtins__': names not in the globals come
# from it (an empty dict gives no builtins, a non-dict is subscripted), as LOAD_GLOBAL does.
import builtins

for g in [{'__builtins__': {}}, {'__builtins__': None}, {'__builtins__': {'abs': lambda x: 'custom'}},
          {'__builtins__': builtins}, {'__builtins__': builtins.__dict__}, {}]:
    try:
        print(eval("abs(-1)", g))
    except Exception as e:
        print(type(e).__name__, e)


def myprint(*a):
    import sys
    sys.stdout.write("MY " + " ".join(map(str, a)) + "\n")


exec("print('hi', len('ab'))", {'__builtins__': {'print': myprint, 'len': len}})
safe = {'__builtins__': {'min': min, 'max': max}}
exec("def f(xs):\n    return max(xs) - min(xs)\n", safe)
print(safe['f']([3, 9, 4]))
try:
    exec("open('x')", {'__builtins__': {}})
except NameError as e:
    print("NameError", e)


class Lookup(dict):
    def __missing__(self, key):
        return lambda *a: f"<{key}>"


print(eval("anything(1)", {'__builtins__': Lookup()}))
