# list() and dict() allocate fresh objects (PyType_GenericAlloc) even when the free list
# has some, while [] and {} reuse the free list: the count keeps growing for the former.
import gc

gc.collect()
gc.disable()


def run(label, make):
    c = gc.get_count()[0]
    for _ in range(10):
        x = make()
    del x
    print(label, gc.get_count()[0] - c)


run('[] literal', lambda: [])
run('list()', lambda: list())
run('{} literal', lambda: {})
run('dict()', lambda: dict())
run('dict.fromkeys', lambda: dict.fromkeys('ab'))
run('list(range)', lambda: list(range(3)))
run('[*range]', lambda: [*range(3)])
run('copy()', lambda: [1, 2].copy())
