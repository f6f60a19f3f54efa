import traceback
class Account:
    def __init__(self):
        self.balance = 0
        self.owner = "x"
    def deposit(self, n): self.balance += n
def show(f):
    try:
        f()
    except Exception as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
acct = Account()
counter_value = 3
show(lambda: acct.balanse)
show(lambda: acct.deposti(3))
show(lambda: counter_valeu)
show(lambda: lenn([1]))
show(lambda: Account.owner)
show(lambda: "abc".strp())
show(lambda: [].appendd)
import math, collections
show(lambda: math.pii)
show(lambda: collections.Countr)
def local_suggest():
    some_local = 1
    return some_locl
show(local_suggest)
def unbound():
    if False:
        val = 1
    return val
show(unbound)
def free_var():
    def inner():
        return captured
    inner_result = inner
    captured = None
    del captured
    return inner()
show(free_var)
show(lambda: int.from_byte(b"x", "big"))
show(lambda: None.foo)
show(lambda: type.mro_x)
class WithSlots:
    __slots__ = ("alpha",)
show(lambda: WithSlots().alpha)
show(lambda: WithSlots().alpah)
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print(repr(e), e.name)
try:
    from collections import deque, dequ
except ImportError as e:
    print(e.name, e.msg.split(" (")[0])
def trace_me():
    data = {"a": [1, 2, {"b": None}]}
    return data["a"][2]["b"]["c"]
show(trace_me)
def f_outer():
    return f_inner(0)
def f_inner(x):
    return 10 / x
try:
    f_outer()
except ZeroDivisionError:
    traceback.print_exc()
    print(traceback.format_exc().count("\n"))
acct.depositt(5)
