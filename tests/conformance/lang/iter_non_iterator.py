# PyObject_GetIter: __iter__ must return an iterator (something with __next__), else
# TypeError "iter() returned non-iterator of type ...", wherever iteration starts.
class SelfNoNext:
    def __iter__(self):
        return self


class ReturnsInt:
    def __iter__(self):
        return 5


class ReturnsList:
    def __iter__(self):
        return [1, 2]


class OnlyNext:
    def __next__(self):
        return 1


class Good:
    def __iter__(self):
        return iter([1, 2])


def attempts(obj):
    yield "iter", lambda: iter(obj)
    yield "list", lambda: list(obj)
    yield "tuple", lambda: tuple(obj)
    yield "sorted", lambda: sorted(obj)
    yield "set", lambda: set(obj)
    yield "enumerate", lambda: enumerate(obj)
    yield "zip", lambda: zip(obj)
    yield "for", lambda: [x for x in obj]
    yield "unpack", lambda: [*obj]
    yield "sum", lambda: sum(obj)
    yield "join", lambda: ",".join(obj)
    yield "in", lambda: 3 in obj


for cls in (SelfNoNext, ReturnsInt, ReturnsList, OnlyNext, Good):
    for name, attempt in attempts(cls()):
        try:
            r = attempt()
            print(cls.__name__, name, "ok", type(r).__name__)
        except TypeError as exc:
            print(cls.__name__, name, "TypeError:", exc)
