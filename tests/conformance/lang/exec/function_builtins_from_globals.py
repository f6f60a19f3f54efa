import builtins, types
g = {'__builtins__': builtins}
exec("def f(): return len", g)
print(g['f'].__builtins__ is builtins.__dict__, type(g['f'].__builtins__).__name__)
g2 = {'__builtins__': {'len': 'mylen'}}
exec("def f(): return len", g2)
print(g2['f'].__builtins__, g2['f']())
g3 = {}
exec("def f(): return len", g3)
print(g3['f'].__builtins__ is builtins.__dict__, g3['__builtins__'] is builtins.__dict__)
m = types.ModuleType('m')
g4 = {'__builtins__': m}
m.len = 'modlen'
exec("def f(): return len", g4)
print(g4['f'].__builtins__ is m.__dict__, g4['f']())
def h(): pass
print(h.__builtins__ is builtins.__dict__)
g5 = {'__builtins__': 42}
try:
    exec("def f(): return len", g5)
    print(g5['f'].__builtins__)
    print(g5['f']())
except Exception as e: print(type(e).__name__, e)
