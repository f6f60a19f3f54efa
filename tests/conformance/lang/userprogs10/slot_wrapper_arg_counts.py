class C: pass
calls = ["object().__eq__(x=1)", "(1).__add__(x=1)", "(1).__ipow__()" , "[].__imul__()", "[].__iadd__(1,2)", "(1).__rpow__()", "(2).__pow__(1,2,3)", "(2).__pow__(3, 5)", "C().__init__(x=1)", "'a'.__getitem__()", "(1,).__getitem__()", "'ab'.__contains__()", "C.__get__ if hasattr(C,'__get__') else property().__get__()", "property().__set__(1)", "property().__delete__()", "iter([]).__next__(1)", "C().__setattr__('a', 1, 2)", "C().__delattr__('a', 'b')", "[].__setitem__(0)", "[].__delitem__()", "{}.__delitem__()", "{}.__setitem__(1)", "len.__call__()", "(lambda: 0).__get__()", "object.__eq__(1)", "object.__eq__()", "int.__add__(1)", "int.__add__(1, 2, 3)", "object.__repr__()", "(1).__lt__(x=1)", "(1).__int__(1)", "(1).__float__(1)", "(1).__abs__(1)", "(1).__invert__(2)", "[].__len__(2)", "(1).__bool__(2)", "(1).__hash__(2)", "C().__repr__(x=1)", "(1.5).__neg__(1)", "'a'.__iter__(1)", "{}.__iter__(1)", "C().__ne__(1, 2)", "C().__lt__()", "C().__ge__(1,2)"]
for c in calls:
    try:
        print(c, 'OK', eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)

for c in ['[].__mul__()','[].__rmul__()','().__mul__()','\'\'.__mul__()','b\'\'.__mul__()','[].__imul__()','(1).__mul__()','[].__add__()','\'a\'.__add__()','bytearray().__imul__()', '(1.5).__pow__(2,3)', '(1.5).__rpow__()', 'pow(2.0, 3, 5)', '(1j).__pow__(2, 3)', '(2).__rpow__(3, 5)', '(True).__pow__(2, 5)']:
  try: print(c, eval(c))
  except Exception as e: print(c, type(e).__name__, e)
