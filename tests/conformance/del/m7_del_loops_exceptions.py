import gc
import sys
gc.collect()

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "in", getattr(u.object, "__qualname__", type(u.object).__name__), u.err_msg)
sys.unraisablehook = hook

class Res:
    count = 0
    def __init__(self, i):
        self.i = i
        Res.count += 1
    def __del__(self):
        Res.count -= 1
        print("close", self.i)

print("rebinding in a loop")
for i in range(3):
    r = Res(i)
print("after loop, alive:", Res.count)
del r

print("list of resources cleared")
items = [Res(i) for i in range(10, 13)]
items.clear()
print("alive:", Res.count)

print("del in a loop over a dict")
pool = {i: Res(i) for i in range(20, 23)}
for k in list(pool):
    del pool[k]
    print("deleted key", k)

print("pop from end")
stack = [Res(30), Res(31), Res(32)]
while stack:
    stack.pop()
print("slice deletion")
s = [Res(40), Res(41), Res(42), Res(43)]
del s[1:3]
print("remaining", [x.i for x in s])
s[0] = None
print("replace")
del s

print("__del__ raising")
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        raise ValueError(f"cannot close {self.name}")
b = Bad("b1")
del b
print("after b1")
[Bad("in-list")]
print("after temp list")
def func():
    x = Bad("local")
func()
print("after func")
c = Bad("cyc")
c.me = c
del c
print("collect:", gc.collect())

print("__del__ accessing a deleted global")
class UsesGlobal:
    def __del__(self):
        print("helper is", helper)
helper = "present"
u = UsesGlobal()
del u
del helper
u2 = UsesGlobal()
del u2
print("end")
