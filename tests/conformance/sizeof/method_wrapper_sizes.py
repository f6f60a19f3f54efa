# A bound slot wrapper (obj.__init__, (1).__add__) is CPython's 48-byte method-wrapper; bound
# methods of built-in types and built-in functions are 72-byte builtin_function_or_method.
import sys
class P: pass
p = P()
cases = [
    ("p.__init__", p.__init__), ("p.__repr__", p.__repr__), ("p.__eq__", p.__eq__), ("p.__hash__", p.__hash__),
    ("(1).__add__", (1).__add__), ("'a'.__len__", "a".__len__), ("[].__len__", [].__len__), ("{}.__getitem__", {}.__getitem__),
    ("[].append", [].append), ("{}.get", {}.get), ("len", len), ("sys.getsizeof", sys.getsizeof),
    ("object.__init__", object.__init__), ("p.__dir__", p.__dir__), ("p.__format__", p.__format__),
    ("p.__sizeof__", p.__sizeof__), ("p.__reduce_ex__", p.__reduce_ex__), ("(1).__sizeof__", (1).__sizeof__),
    ("[].__getitem__", [].__getitem__), ("p.__setattr__", p.__setattr__), ("p.__str__", p.__str__),
]
for label, b in cases:
    print(f"{label:18} {sys.getsizeof(b)}")
