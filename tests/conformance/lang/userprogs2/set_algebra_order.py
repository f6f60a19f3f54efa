import random
import sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
words = [w + str(i) for i in range(6) for w in "ab cd ef gh ij kl mn op".split()]
out = []
for trial in range(600):
    a = set(random.sample(words, random.randint(0, 20)))
    b = random.sample(words, random.randint(0, 20))
    kind = random.choice(["set", "list", "dict", "frozenset", "tuple", "keys", "gen"])
    mk = {"set": set, "list": list, "dict": dict.fromkeys, "frozenset": frozenset, "tuple": tuple, "keys": lambda x: dict.fromkeys(x).keys(), "gen": lambda x: (y for y in x)}[kind]
    op = trial % 12
    try:
        if op == 0: r = a | set(b)
        elif op == 1: r = a & set(b)
        elif op == 2: r = a - set(b)
        elif op == 3: r = a ^ set(b)
        elif op == 4: r = a.union(mk(b))
        elif op == 5: r = a.intersection(mk(b))
        elif op == 6: r = a.difference(mk(b))
        elif op == 7: r = a.symmetric_difference(mk(b))
        elif op == 8: a.intersection_update(mk(b)); r = a
        elif op == 9: a.symmetric_difference_update(mk(b)); r = a
        elif op == 10: r = {*a, *mk(b)}
        else: r = set(mk(b)); r.update(a); r.discard(b[0] if b else None); r.add("zz")
    except TypeError as e:
        r = str(e)
    out.append(f"{op} {kind} {list(r) if not isinstance(r, str) else r}")
print("\n".join(out))
for bad in (lambda: set().union(1), lambda: set().intersection(None), lambda: {1}.difference(3), lambda: {1}.symmetric_difference(2), lambda: {1}.symmetric_difference(), lambda: {1}.update(5), lambda: frozenset("ab") | [1]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
fs = frozenset("abcdef")
print(type(fs.union("x")).__name__, type(fs - {"a"}).__name__, sorted(fs.intersection("abz", "bcz")), sorted(fs.difference("a", "b")), type(set("a") | fs).__name__)
