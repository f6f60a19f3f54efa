# A suspended generator inside `with` blocks, found in a cycle: collecting it closes it, so
# each __exit__ runs once with GeneratorExit, innermost first.
import gc

gc.collect()


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, typ, value, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return False


def worker(owner):
    with Resource('outer') as outer:
        owner.res = outer
        with Resource('inner'):
            yield 'working'
    print('never reached')


class Owner:
    pass


o = Owner()
o.gen = worker(o)
print(next(o.gen))
del o
print('collected', gc.collect())
print('again', gc.collect())
