import gc
d = {}
exec("def f(): pass\n", d)
print(sorted(k for k in d if k != '__builtins__'), type(d['__builtins__']).__name__)
gc.collect()
del d
print(gc.collect())
x = 10
print(eval("x + 1"))
print(eval("a * b", {"a": 3}, {"b": 4}))
g = {"y": 2}
exec("z = y * 5", g)
print(g["z"])
l = {}
exec("w = 7\nv = w + x", {"x": 1}, l)
print(l)
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, eval(code))
c2 = compile("q = 3\nprint('q is', q)", "<prog>", "exec")
exec(c2)
print(q)
def f(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    print(eval("a + c"))
    return vars()
print(f(1))
def outer():
    k = 5
    def inner():
        m = 1
        return locals(), k
    return inner()
print(outer())
print(globals() is globals(), globals()['x'])
class K:
    aa = 1
    print(sorted(locals()))
print([k for k in dir() if not k.startswith("__")][:3])
try:
    exec("1 +")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    eval("undefined_name")
except NameError as e:
    print(e)
print(eval("  3"))
try:
    exec("x = (", {})
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print(e)
print(eval("[i*i for i in range(4)]"))
print(eval("lambda q: q + x")(1))
