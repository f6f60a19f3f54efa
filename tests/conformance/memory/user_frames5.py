# Frame objects as users poke at them: sizes, f_locals after return, clear(), generator frames,
# tracemalloc of kept frames, sys._getframe(n) up a recursion, traceback frames.
import sys, gc, tracemalloc

def inner(a, b):
    c = a + b
    frame = sys._getframe()
    return frame

def outer():
    x = [1, 2, 3]
    return inner(1, 2), sys._getframe()

f_in, f_out = outer()
print("sizes:", sys.getsizeof(f_in), sys.getsizeof(f_out))
print("locals after return:", sorted(f_in.f_locals), sorted(f_out.f_locals))
print("f_back is outer:", f_in.f_back is f_out)
print("tracked:", gc.is_tracked(f_in))
print("referents:", sorted(type(o).__name__ for o in gc.get_referents(f_in)))
f_in.clear()
print("after clear:", f_in.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)

def gen():
    local = "value"
    yield sys._getframe()
    yield 2
g = gen()
fr = next(g)
print("gen frame is gi_frame:", fr is g.gi_frame, sys.getsizeof(fr))
print("gen frame locals:", fr.f_locals)
try:
    fr.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
print("after close:", g.gi_frame, fr.f_locals)

tracemalloc.start()
def keep_frame(n):
    big = list(range(n))
    return sys._getframe()
s1 = tracemalloc.take_snapshot()
kept = [keep_frame(10) for _ in range(5)]
s2 = tracemalloc.take_snapshot()
fl = [st for st in s2.compare_to(s1, "lineno") if st.traceback[0].filename == __file__]
for st in fl:
    print("  line", st.traceback[0].lineno, st.size_diff, st.count_diff)
del kept
s3 = tracemalloc.take_snapshot()
back = [st for st in s3.compare_to(s1, "lineno") if st.traceback[0].filename == __file__ and st.size_diff]
print("after dropping frames:", [(st.traceback[0].lineno, st.size_diff) for st in back])
tracemalloc.stop()

def recurse(n):
    if n == 0:
        return [sys._getframe(i) for i in range(4)]
    return recurse(n - 1)
fs = recurse(5)
print("stack frames:", [f.f_code.co_name for f in fs], [sys.getsizeof(f) for f in fs])
del fs
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
print("tb frame size:", sys.getsizeof(tb.tb_frame), "tb size:", sys.getsizeof(tb))
del t, v, tb
