# pprint imported before collections: the collections types still break over lines.
import pprint
print(pprint.pformat(list(range(25)), width=30))
print(pprint.pformat({'k%d' % i: i for i in range(6)}, width=20))
import collections
print(pprint.pformat(collections.OrderedDict(('key%d' % i, i) for i in range(6)), width=30))
print(pprint.pformat(collections.deque(range(25)), width=30))
print(pprint.pformat(collections.Counter('mississippi'), width=20))
print(pprint.pformat(collections.defaultdict(int, {'abc': 1, 'defg': 2, 'hij': 3}), width=20))
print(pprint.pformat(collections.ChainMap({'a': 1}, {'b': 2}), width=10))
print(pprint.pformat(bytearray(b'0123456789' * 5), width=30))
class Tagged(list):
    def __repr__(self):
        return 'Tagged' + list.__repr__(self)
def tagged_layout(printer, obj, stream, indent, allowance, context, level):
    stream.write('Tagged')
    printer._format(list(obj), stream, indent + 6, allowance, context, level)
pprint.PrettyPrinter._dispatch[Tagged.__repr__] = tagged_layout
print(pprint.pformat(Tagged(range(30)), width=40))
print(pprint.pformat([Tagged(range(3))], width=40))
