# Generators: finally blocks on del, close(), GeneratorExit, yield in finally, cycles.
import gc
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
g = gen()
print(next(g))
del g
print("after del")
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = gen2(); next(g)
g.close()
print(g.gi_frame)
def gen3():
    try:
        yield 1
    finally:
        yield 2
g = gen3(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def gen4():
    me = yield
    try:
        yield 1
    finally:
        print("gen4 finally")
g = gen4(); next(g); g.send(g)
del g
print(gc.collect())
