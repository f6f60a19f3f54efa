from re import *
import re
print(re.template('abc').match('abcd'), sorted(n for n in re.__all__ if not hasattr(re, n)))
print(re.I | re.M, re.I & 3, re.I ^ re.I, 5 | re.S, ~re.I & re.M, repr(re.X | 1024))
try: re.compile('a(b')
except re.error as e: print(e, e.msg, e.pos, e.lineno, e.colno, e.pattern)
try: re.compile('a\n(b')
except re.error as e: print(e, e.msg, e.pos, e.lineno, e.colno)
e = re.error('plain')
print(e, e.pos, e.lineno)
import copy
p = re.compile('x+')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.deepcopy(p.match('xx')) is not None)
print(re.escape('a.b*c'), re.escape(b'a.b'))
print(re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'), re.compile('(a)|b').sub(lambda m: 'X', 'ab'))
