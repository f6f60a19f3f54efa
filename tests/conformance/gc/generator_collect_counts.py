# gc.collect() counts with generators in cycles: objects freed while the generator is
# finalized (its frame cleared by close()) are not counted, as in CPython 3.11.
import gc

gc.collect()


def holder(x):
    yield x


class Box:
    pass


# A box holding a started generator that holds the box.
b = Box()
b.g = holder(b)
next(b.g)
del b
print('started:', gc.collect())

# The same with a generator that never ran: its frame still holds the box.
b = Box()
b.g = holder(b)
del b
print('created:', gc.collect())

# A list in a local of the generator, holding the generator.
def keeper():
    items = []
    items.append((yield))
    yield len(items)


k = keeper()
next(k)
k.send(k)
del k
print('list cycle:', gc.collect())

# Ten independent cycles at once.
boxes = []
for i in range(10):
    b = Box()
    b.g = holder(b)
    next(b.g)
    boxes.append(b)
del b, boxes
print('ten:', gc.collect())

# An exhausted generator is not part of any cycle through its frame.
b = Box()
b.g = holder(b)
list(b.g)
del b
print('exhausted:', gc.collect())
