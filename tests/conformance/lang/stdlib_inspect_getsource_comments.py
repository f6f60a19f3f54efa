# inspect.getsource: comments after colons, one-line defs, multi-line headers.
import inspect
def f():  # a comment: with colon
    return 1
def g(): return 2  # one-liner
class A:  # doc: x
    def m(self):  # note
        pass
def h(
    a,  # first: arg
    b,
):  # end
    return a
print(inspect.getsource(f), inspect.getsource(g), inspect.getsource(A), inspect.getsource(h), sep='---\n')
