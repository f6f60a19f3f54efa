# inspect.getsource and friends on the program's own code, and the errors for what has no source.
import inspect


# A comment above the function.
# Second comment line.
def simple(a, b):
    """Docstring
that dedents below the body."""
    total = a + b  # comment
    if total > 3:
        return total

    # an inner comment
    return (total +
  1)

# trailing comment, not part of simple


@staticmethod
def decorated(x,
              y=(1, 2)):
    return x


class Outer:
    """Outer's doc."""

    x = 1

    def method(self):
        return "m"

    class Inner:
        def deep(self):
            pass


square = lambda n: n * n  # noqa


def one_liner(): return 42


print(inspect.getsource(simple), end="")
print("---")
print(inspect.getsource(decorated.__func__), end="")
print("---")
print(inspect.getsource(Outer), end="")
print("---")
print(inspect.getsource(Outer.method), end="")
print(inspect.getsource(Outer().method), end="")
print(inspect.getsource(Outer.Inner.deep), end="")
print(inspect.getsource(square), end="")
print(inspect.getsource(one_liner), end="")
lines, start = inspect.getsourcelines(Outer.method)
print(start, lines)
print(inspect.getcomments(simple), end="")
print(repr(inspect.getcomments(Outer)))
print(inspect.getsourcefile(simple) == __file__, inspect.getfile(Outer) == __file__)

for obj in (len, int, 3, [].append):
    try:
        inspect.getsource(obj)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
ns = {}
exec("def made():\n    return 1\n", ns)
try:
    inspect.getsource(ns["made"])
except OSError as e:
    print("OSError", e)
print(inspect.getsourcefile(ns["made"]), inspect.getfile(ns["made"]))
