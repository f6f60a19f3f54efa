class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f"Node({self.v!r}, {self.nxt!r})"
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
lst = [1]
lst.append(lst)
d = {}
d["self"] = d
print(lst, d, Node(1, Node(2)))
def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
try:
    outer()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def f():
    global undefined_thing
    return undefined_thing
try:
    f()
except NameError as e:
    print(e)
try:
    exec("def g():\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    exec("x = 1\ndef h():\n    print(x)\n    global x\n")
except SyntaxError as e:
    print("SyntaxError:", e)
class Broken:
    def __repr__(self):
        raise ValueError("bad repr")
try:
    print([Broken()])
except ValueError as e:
    print("ValueError:", e)
class WithStr:
    def __str__(self):
        return 42
try:
    str(WithStr())
except TypeError as e:
    print("TypeError:", e)
print(f"{Node(3)!s:>20}")
import sys
print(sys.getrecursionlimit())
x = Node(1)
x.nxt.v
