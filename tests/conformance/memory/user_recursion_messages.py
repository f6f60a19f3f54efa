# RecursionError messages: plain recursion, self-referential containers, deep nesting in repr/str/==, __getattr__ loops.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
    tb = e.__traceback__
    n = 0
    while tb.tb_next:
        tb = tb.tb_next
        n += 1
    print('depth range ok', 900 < n <= 1000, tb.tb_frame.f_code.co_name)
l = [1]; l.append(l)
print(repr(l), str(l))
d = {'a': 1}; d['d'] = d
print(d)
t = ([],); t[0].append(t)
print(t)
s = [{}]; s[0]['s'] = s
print(s)
class Node:
    def __init__(self): self.child = self
    def __repr__(self): return f'Node({self.child!r})'
try:
    repr(Node())
except RecursionError as e:
    print('RecursionError:', e)
deep = []
cur = deep
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print('RecursionError repr:', e)
try:
    str(deep)
except RecursionError as e:
    print('RecursionError str:', e)
try:
    deep == deep[0]
except RecursionError as e:
    print('RecursionError cmp:', e)
del deep, cur, nxt
sys.setrecursionlimit(50)
def count(n):
    return count(n + 1) if True else 0
try:
    count(0)
except RecursionError as e:
    print('limit 50:', e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
sys.setrecursionlimit(1000)
class Getattr:
    def __getattr__(self, name):
        return self.missing
try:
    Getattr().x
except RecursionError as e:
    print('getattr:', e)
import copy
try:
    x = []
    for i in range(5000):
        x = [x]
    copy.deepcopy(x)
except RecursionError as e:
    print('deepcopy:', type(e).__name__)
print('done')
