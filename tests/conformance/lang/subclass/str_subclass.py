# str subclasses: long text, hashing, and CPython's non-compact sizes.
class S(str): pass
long = 'x' * 500 + 'é'
s = S(long)
print(len(s), s[:3], s == long, s.upper()[-1], hash(s) == hash(long))
t = S('abc')
print({t: 1}, t.upper(), t.encode())
import sys
for k in ['abc', 'é', '€', '😀', '']:
    print(sys.getsizeof(S(k)))
