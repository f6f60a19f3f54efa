# LOAD_GLOBAL's cache: names found in the globals, in the builtins, shadowed and unshadowed
# while a loop runs, del of a global, one code object run with several globals dicts.


def f():
    return len("abc"), helper(), X


def helper():
    return "h1"


X = 1
print(f())
len = lambda s: 99
print(f())
del len
print(f())
def h(v):
    return abs(v), X


print(h(-3))
abs = lambda v: "shadowed"
print(h(-3))
X = 2
print(h(-3))
del abs
print(h(-3))
results = []
for i in range(6):
    results.append(f())
    if i == 2:
        def helper():
            return "h2"
    if i == 4:
        X = 3
print(results)
code = compile("def k():\n    return (Y, len([1, 2]))\n", "<s>", "exec")
for y in range(3):
    ns = {"Y": y}
    exec(code, ns)
    print(ns["k"]())
    ns["Y"] = y * 10
    print(ns["k"]())
