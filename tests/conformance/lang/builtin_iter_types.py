# enumerate, zip, map, filter and reversed are types in CPython: type(), isinstance(),
# their names and reprs, their argument errors, and the objects their calls allocate.
import gc
import sys

gc.collect()
print([type(t).__name__ for t in (enumerate, zip, map, filter, reversed)])
print(enumerate, zip, map, filter, reversed)
print(enumerate.__name__, zip.__qualname__, map.__module__)

e = enumerate("ab")
z = zip([1, 2], "xy")
m = map(str, [1, 2])
f = filter(None, [0, 1, 2])
r = reversed("abc")
for obj, t in ((e, enumerate), (z, zip), (m, map), (f, filter), (r, reversed)):
    print(type(obj).__name__, isinstance(obj, t), type(obj) is t, iter(obj) is obj)
print(isinstance(reversed([1]), reversed), type(reversed([1])).__name__, type(reversed(range(3))).__name__)
print(isinstance(iter([1]), (map, filter)), issubclass(enumerate, object))
print(list(e), list(z), list(m), list(f), list(r))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(abs, [])))
print(sys.getsizeof(filter(None, [])), sys.getsizeof(reversed("ab")))
print(gc.is_tracked(enumerate([])), gc.is_tracked(zip()), gc.is_tracked(reversed("a")))

# Calls: enumerate, map, filter and reversed have a vectorcall (no argument tuple); zip
# takes its arguments in a tuple.
gc.collect()
before = gc.get_count()[0]
for i, x in enumerate([1, 2, 3]):
    pass
print("enumerate loop", gc.get_count()[0] - before)
gc.collect()
before = gc.get_count()[0]
pairs = zip([1], [2])
print("zip call", gc.get_count()[0] - before)
del pairs

print(reversed("abc").__length_hint__(), hasattr(enumerate("a"), "__length_hint__"))
it = enumerate("ab", 10)
print(it.__next__(), next(it), next(it, "end"))
print(enumerate.__iter__, zip.__next__)
print(list(zip("ab", "cd", strict=True)), list(enumerate("ab", start=5)))
print(list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, "a1b2")))

cases = [
    "enumerate()",
    "enumerate(iterable=[1], start=1, x=2)",
    "enumerate([1], x=2)",
    "enumerate(x=2)",
    "enumerate([1], 2, 3)",
    "enumerate([1], iterable=[2])",
    "enumerate(start=3)",
    "enumerate(start=3, iterable='ab')",
    "enumerate([1], start='a')",
    "enumerate(5)",
    "enumerate([1], 1, start=2)",
    "zip(1)",
    "zip([1], x=1)",
    "zip(strict=1, y=2)",
    "zip([1], [2, 3], strict=True)",
    "map()",
    "map(str)",
    "map(str, 1)",
    "map(str, [1], k=1)",
    "filter()",
    "filter(None)",
    "filter(None, 1)",
    "filter(None, [1], [2])",
    "filter(None, [1], k=1)",
    "reversed()",
    "reversed([1], [2])",
    "reversed(seq=[1])",
    "reversed({})",
    "reversed({1})",
    "reversed(5)",
]
for c in cases:
    try:
        print(c, "->", list(eval(c)))
    except (TypeError, ValueError) as exc:
        print(c, "!!", type(exc).__name__, exc)
