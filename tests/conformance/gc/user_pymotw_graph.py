# PyMOTW's gc walkthrough in Python 3: a breadth-first search of get_referents for a
# cycle, collecting it, __del__ in a cycle, DEBUG_SAVEALL, get_referrers, thresholds.
import gc
import pprint
import queue
import sys


class Graph:

    def __init__(self, name):
        self.name = name
        self.next = None

    def set_next(self, next):
        print('Linking nodes {}.next = {}'.format(self, next))
        self.next = next

    def __repr__(self):
        return '{}({})'.format(self.__class__.__name__, self.name)


# Construct a graph cycle
one = Graph('one')
two = Graph('two')
three = Graph('three')
one.set_next(two)
two.set_next(three)
three.set_next(one)

print()

seen = set()
to_process = queue.Queue()

# Start with an empty object chain and Graph three.
to_process.put(([], three))

# Look for cycles, building the object chain for each object
# found in the queue so the full cycle can be printed at the
# end.
while not to_process.empty():
    chain, next = to_process.get()
    chain = chain[:]
    chain.append(next)
    print('Examining:', repr(next))
    seen.add(id(next))
    for r in gc.get_referents(next):
        if isinstance(r, str) or isinstance(r, type):
            # Ignore strings and classes
            pass
        elif id(r) in seen:
            print()
            print('Found a cycle to {}:'.format(r))
            for i, link in enumerate(chain):
                print('  {}: '.format(i), end=' ')
                pprint.pprint(link)
        else:
            to_process.put((chain, r))

print('three refers to:')
for r in gc.get_referents(three):
    pprint.pprint(r)

# Remove references to the graph nodes in this module's namespace
one = two = three = None

# Show the effect of garbage collection
for i in range(2):
    print('\nCollecting {} ...'.format(i))
    n = gc.collect()
    print('Unreachable objects:', n)
    print('Remaining Garbage:', end=' ')
    pprint.pprint(gc.garbage)


class Graph2(Graph):
    def __del__(self):
        print('{}.__del__()'.format(self))


one = Graph2('one')
two = Graph2('two')
one.set_next(two)
two.set_next(one)

one = two = None
print('Collecting...')
n = gc.collect()
print('Unreachable objects:', n)
print('Remaining Garbage:', end=' ')
pprint.pprint(gc.garbage)

gc.set_debug(gc.DEBUG_SAVEALL)
one = Graph('one')
two = Graph('two')
one.set_next(two)
two.set_next(one)
one = two = None
print('Collecting...')
n = gc.collect()
print('Unreachable objects:', n)
print('Remaining Garbage:', end=' ')
for o in gc.garbage:
    if isinstance(o, Graph):
        print('Retained: {} 0x{:x}'.format(o, 1))
gc.set_debug(0)
gc.garbage.clear()

REFERENT = Graph('referent')


class Referrer:
    def __init__(self):
        self.ref = REFERENT

    def __repr__(self):
        return 'Referrer()'


holders = [Referrer() for _ in range(2)]
print('objects that refer to REFERENT:')
for r in gc.get_referrers(REFERENT):
    if isinstance(r, dict) and r is not globals():
        print('  dict with keys', sorted(r))
    elif r is globals():
        print('  the module globals')
    else:
        print(' ', type(r).__name__)

gc.collect()
print('thresholds:', gc.get_threshold())
gc.set_threshold(5, 1, 1)
counts = []
for i in range(12):
    g = Graph(i)
    counts.append(gc.get_count())
print(counts)
gc.set_threshold(700, 10, 10)
