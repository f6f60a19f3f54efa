# Which builtins count against the recursion limit (hash, abs, id: " while calling a Python object"; len, isinstance, list.append do not), and hash/len recursion through a linked list.
import sys
def run(label, fn):
    depth = [0]
    try:
        fn(depth)
    except RecursionError as e:
        print(label, depth[0], e)
def f_len(d):
    d[0] += 1
    len([])
    f_len(d)
def f_abs(d):
    d[0] += 1
    abs(-1)
    f_abs(d)
def f_hash(d):
    d[0] += 1
    hash(1)
    f_hash(d)
def f_id(d):
    d[0] += 1
    id(d)
    f_id(d)
def f_append(d):
    d[0] += 1
    [].append(1)
    f_append(d)
def f_isinstance(d):
    d[0] += 1
    isinstance(d, list)
    f_isinstance(d)
def f_print(d):
    d[0] += 1
    f_print(d)
for label, fn in [('len', f_len), ('abs', f_abs), ('hash', f_hash), ('id', f_id), ('append', f_append), ('isinstance', f_isinstance), ('plain', f_print)]:
    run(label, fn)
class LL:
    def __init__(self, nxt): self.nxt = nxt
    def __hash__(self): return hash(self.nxt) + 1
    def __len__(self): return 1 + (len(self.nxt) if self.nxt is not None else 0)
for n in (400, 490, 500, 600, 900, 1000):
    node = None
    for i in range(n): node = LL(node)
    try: print(n, 'hash ok', hash(node) - hash(None))
    except RecursionError as e: print(n, 'hash', e)
    try: print(n, 'len ok', len(node))
    except RecursionError as e: print(n, 'len', e)
