# Set algebra and comparisons whose __eq__ empties the sets involved (CPython's bpo-46615
# regression tests): no crash, a RuntimeError at most; then set keys looked up as frozensets.
from random import randrange, seed

seed(7)


def make(c1, c2):
    class Bad:
        def __eq__(self, other):
            if not enabled:
                return False
            if randrange(20) == 0:
                s1.clear()
            if randrange(20) == 0:
                s2.clear()
            return bool(randrange(2))

        def __hash__(self):
            return randrange(2)

    enabled = False
    s1 = c1(Bad() for _ in range(randrange(50)))
    s2 = c2(Bad() for _ in range(randrange(50)))
    enabled = True
    return s1, s2


ops = {
    'eq': lambda a, b: a == b, 'le': lambda a, b: a <= b, 'and': lambda a, b: a & b,
    'or': lambda a, b: a | b, 'sub': lambda a, b: a - b, 'xor': lambda a, b: a ^ b,
    'issubset': set.issubset, 'issuperset': set.issuperset, 'isdisjoint': set.isdisjoint,
    'intersection': set.intersection, 'union': set.union, 'difference': set.difference,
    'symmetric_difference': set.symmetric_difference, 'update': set.update,
    'difference_update': set.difference_update,
    'intersection_update': set.intersection_update,
    'symmetric_difference_update': set.symmetric_difference_update,
}
for name, f in ops.items():
    for c2 in (set, list, dict.fromkeys):
        if name in ('eq', 'le', 'and', 'or', 'sub', 'xor') and c2 is not set:
            continue
        for _ in range(40):
            a, b = make(set, c2)
            try:
                f(a, b)
            except RuntimeError as e:
                assert 'changed size during iteration' in str(e), e
    print(name, 'ok')

s = {frozenset({1, 2}), 3}
print({1, 2} in s, set() in s, {2, 1} in s)
s.discard({1, 2})
print(s)
try:
    s.remove({9})
except KeyError as e:
    print('KeyError', e)
try:
    {1} in {1: 2}
except TypeError as e:
    print('TypeError', e)
