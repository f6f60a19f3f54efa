# get_object_traceback(obj): the frames where obj's memory block was allocated, most recent
# last, for objects made while tracing (objects that do not come from a free list).
import tracemalloc

before = bytes(300)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = self.b = None


class Plain:
    pass


def name(tb):
    if tb is None:
        return None
    return [f'{f.filename.split("/")[-1]}:{f.lineno}' for f in tb]


def build(depth):
    if depth == 0:
        return bytearray(100)
    return build(depth - 1)


tracemalloc.start(10)
objects = {
    'bytes': bytes(100),
    'str': 'abc' * len(before),
    'int': 10 ** 40,
    'tuple': tuple(range(30)),
    'set': {1, 2, 3},
    'frozenset': frozenset('abcdef'),
    'bytearray': bytearray(b'x' * 50),
    'slotted instance': Slotted(),
    'class': type('Dynamic', (), {}),
    'function': lambda: None,
}
for label, obj in objects.items():
    print(label, name(tracemalloc.get_object_traceback(obj)))

# CPython 3.11 steps back over the GC head only, so an instance with a managed __dict__
# (a plain class's) is not found.
print('plain instance:', tracemalloc.get_object_traceback(Plain()))
print('allocated before start:', tracemalloc.get_object_traceback(before))
print('small int / None:', tracemalloc.get_object_traceback(5), tracemalloc.get_object_traceback(None))

deep = build(3)
tb = tracemalloc.get_object_traceback(deep)
print('nested calls:', name(tb), len(tb), tb.total_nframe)
print(repr(tb).count('<Frame'), str(tb).split('/')[-1])
for line in tb.format(limit=2):
    print(line.replace(tb[0].filename, 'FILE'))
print(tracemalloc.get_object_traceback(deep) == tb, hash(tracemalloc.get_object_traceback(deep)) == hash(tb))

tracemalloc.stop()
tracemalloc.start(1)
shallow = build(3)
tb = tracemalloc.get_object_traceback(shallow)
print('limit 1:', name(tb))
tracemalloc.clear_traces()
print('after clear_traces:', tracemalloc.get_object_traceback(shallow))
again = bytes(64)
print('new after clear:', name(tracemalloc.get_object_traceback(again)))
tracemalloc.stop()
print('after stop:', tracemalloc.get_object_traceback(again))
