# Unbound methods of built-in types are one object each (as the descriptors in CPython's
# type dicts): identity, equality, and use as dict keys (pprint's dispatch table does this).
table = {dict.__repr__: "dict", list.__repr__: "list", str.join: "join"}
print(table[type({}).__repr__], table[list.__repr__], table[str.join])
print(dict.__repr__ is dict.__repr__, list.append == list.append, str.upper is str.lower)
print(bool.__add__ is int.__add__)
print(str.join(",", ["a", "b"]), list.append.__name__)
import sys
a = str.split
b = str.split
print(a is b, sys.getrefcount(str.split) > 1)
