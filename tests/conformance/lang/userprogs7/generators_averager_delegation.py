def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            print("  reset requested")
            total, count, avg = 0.0, 0, None
            continue
        except GeneratorExit:
            print("  averager closing")
            raise
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
print(next(g))
for v in (10, 20, 30):
    print(g.send(v))
print(g.throw(ValueError))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)

def delegator():
    result = yield from averager()
    print("delegator got", result)
    yield "done"

d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
d2 = delegator()
next(d2)
d2.close()
print("closed", d2.gi_frame is None)

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("  countdown cleanup at", n)

for x in countdown(3):
    print(x)
c = countdown(5)
print(next(c), next(c))
c.close()
print(list(countdown(0)))

def chain(*iters):
    for it in iters:
        yield from it

print(list(chain("ab", range(3), (x * x for x in range(3)))))

def tree(n, depth=0):
    yield "  " * depth + str(n)
    for child in range(n):
        yield from tree(child, depth + 1)
print("\n".join(tree(3)))

def gen_with_return():
    yield 1
    return "ret"
gw = gen_with_return()
print(list(gw))
gw2 = gen_with_return()
next(gw2)
try:
    next(gw2)
except StopIteration as e:
    print(repr(e), e.value, e.args)

def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

g3 = (i for i in range(3))
print(g3.__name__, g3.__qualname__, type(g3).__name__)
next(g3)
print(list(g3), list(g3))

def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e)
cg = catcher()
next(cg)
cg.throw(KeyError("k"))
cg.throw(TypeError, "msg")
def running():
    yield gen_ref.send(None)
gen_ref = running()
try:
    next(gen_ref)
except ValueError as e:
    print("ValueError:", e)
def stopper():
    yield 1
s = stopper()
s.close()
print(next(s, "exhausted"))
def ignoring():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignoring()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
