def f():
    return None()
def g():
    return (1)[0]
def h(x):
    return x is 1
assert (1, "msg")
assert (x for x in ())
pairs = [("a", 1), ("b", 2)]
def k():
    return [("a", 1) ("b", 2)]
def m():
    return [1, 2]["x"], "abc"[1.5], (1, 2)[None], [1][1:2], {1}[0], (lambda: 1)[0], f"x"[0], f"x"["y"], ...[0], "s"(), [x for x in ()](), {}(), 3.0()
print("ok")
