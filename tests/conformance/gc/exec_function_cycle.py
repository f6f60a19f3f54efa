# test_gc's test_function: a function made by exec() and its globals dict are a cycle.
import gc
gc.collect()
d = {}
exec("def f(): pass\n", d)
gc.collect()
del d
print(gc.collect())
g = {}
exec("class C:\n    def m(self): return self\nobj = C()\nobj.me = obj\n", g)
del g
print(gc.collect())
