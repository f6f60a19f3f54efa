# code.co_consts (docstring first, nested code objects in place, the very objects the code loads) and co_names.
import sys
def f(a):
    """doc"""
    x = 'hello world'
    y = (1, 2, 'three')
    def inner():
        return x
    return a.attr + len(y) + 3.5
def g():
    return 'hello world'
print(f.__code__.co_consts[0], f.__code__.co_consts[1:3], type(f.__code__.co_consts[4]).__name__)
print([c if type(c).__name__ != 'code' else c.co_name for c in f.__code__.co_consts])
print(f.__code__.co_names, g.__code__.co_names, g.__code__.co_consts)
print(g() is g.__code__.co_consts[1], f.__code__.co_consts is f.__code__.co_consts)
co = compile('import os.path\nz = [i for i in range(3)]\nprint(z.count(1))', 'm', 'exec')
print(co.co_names, [c if type(c).__name__ != 'code' else c.co_name for c in co.co_consts])
lam = lambda q: q.real
print(lam.__code__.co_consts, lam.__code__.co_names)
class C:
    """cdoc"""
    def m(self): return super().m()
print([c if type(c).__name__ != 'code' else c.co_name for c in C.m.__code__.co_consts], C.m.__code__.co_names)
