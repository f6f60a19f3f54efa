# Generators, unbound locals, asserts and custom exception classes, printed.
import traceback, sys
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
        traceback.print_exc(file=sys.stdout)

def gen():
    yield 1
    raise StopIteration('boom')
show(lambda: list(gen()))
def gen2():
    yield next(iter([]))
show(lambda: list(gen2()))
def ul():
    print(v)
    v = 1
show(ul)
def ul2():
    x = 1
    def inner():
        x += 1
    inner()
show(ul2)
def ul3():
    def inner():
        print(zz)
    inner()
    zz = 1
show(ul3)
def a1():
    assert 1 == 2, 'one is not two'
show(a1)
def a2():
    x = [1]
    assert len(x) > 3, f"too short: {x}"
show(a2)
def a3():
    assert False, (1, 2)
show(a3)
def a4():
    assert isinstance(3, str)
show(a4)
class MyErr(Exception):
    def __str__(self):
        return 'custom str!'
show(lambda: (_ for _ in ()).throw(MyErr('a', 'b')))
class E2(Exception):
    def __init__(self, code):
        self.code = code
show(lambda: exec('raise E2(5)', globals()))
class E3(ValueError):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
def r3(): raise E3('first', 'second')
show(r3)
class E4(Exception):
    pass
def r4(): raise E4
show(r4)
def r5(): raise E4()
show(r5)
def r6(): raise E4('x', 2, None)
show(r6)
def r7(): raise KeyError('quoted key')
show(r7)
def r8(): raise KeyError()
show(r8)
def r9(): raise KeyError(1, 2)
show(r9)
class E5(Exception):
    def __repr__(self): return 'E5!'
def r10(): raise E5('z')
show(r10)
class E6(Exception):
    def __str__(self): raise RuntimeError('bad str')
def r11(): raise E6('z')
show(r11)
def r12(): raise Exception('multi\nline\nmessage')
show(r12)
def r13(): raise ValueError('')
show(r13)
def r14(): raise ValueError(None)
show(r14)
def r15(): raise TypeError
show(r15)
def r16(): raise 5
show(r16)
def r17(): raise ValueError from 5
show(r17)
def r18(): raise int
show(r18)
