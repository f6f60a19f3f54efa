# operator.methodcaller takes any keyword (even self=) for the method; attrgetter,
# itemgetter and methodcaller reduce (pickle, copy) as CPython's C types do.
import copy
import operator
import pickle


class A:
    def method(this, *args, **kwargs):
        return args, kwargs


f = operator.methodcaller("method", self=1, obj=2)
print(f(A()), repr(f))
for g in [operator.attrgetter("x", "y.z"), operator.itemgetter(1, 0), operator.itemgetter("k"),
          operator.methodcaller("upper"), operator.methodcaller("split", ",", maxsplit=1)]:
    print(repr(g), g.__reduce__()[1], repr(pickle.loads(pickle.dumps(g))), repr(copy.deepcopy(g)))
print(operator.methodcaller("split", ",", maxsplit=1)("a,b,c"))
try:
    operator.methodcaller()
except TypeError as e:
    print(e)
