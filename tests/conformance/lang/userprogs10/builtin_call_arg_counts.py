import math
calls = [
 "'abc'.upper(1)", "'abc'.split(',', 1, 2)", "'abc'.replace('a')", "'abc'.replace('a','b',1,2)", "'abc'.startswith()", "'abc'.join()", "'abc'.strip(' ', 'x')", "'abc'.find('a', 0, 1, 2)", "'abc'.count()", "'abc'.center()", "'abc'.ljust(5, ' ', 1)", "'abc'.encode('utf-8', 'strict', 1)", "'abc'.format_map()", "'abc'.zfill()", "'abc'.partition()", "'a'.isdigit(1)", "'abc'.index('a', 0, 1, 2)", "'abc'.splitlines(True, 1)", "'abc'.expandtabs(1, 2)",
 "[].append()", "[].append(1, 2)", "[].insert(1)", "[].pop(1, 2)", "[].index()", "[].count()", "[].sort(1)", "[].reverse(1)", "[].extend()", "[].remove()", "[].clear(1)", "[].copy(1)",
 "{}.get()", "{}.get(1, 2, 3)", "{}.pop()", "{}.setdefault()", "{}.update(1, 2)", "{}.keys(1)", "{}.popitem(1)", "dict.fromkeys()", "{}.items(1)",
 "set().add()", "set().add(1, 2)", "set().discard()", "set().remove(1, 2)", "set().pop(1)", "set().union(1)",
 "int('1', 10, 2)", "int(1, 2)", "float(1, 2)", "str(1, 2, 3, 4)", "bool(1, 2)", "range()", "range(1, 2, 3, 4)", "round()", "round(1, 2, 3)", "sorted()", "sorted([], 1)", "min()", "max()", "min(1)", "print(sep=1)", "len()", "len(1, 2)", "abs()", "abs(1, 2)", "sum()", "sum(1, 2, 3)", "divmod(1)", "pow(1)", "pow(1, 2, 3, 4)", "isinstance(1)", "getattr(1)", "setattr(1, 2)", "hasattr(1)", "iter()", "iter(1, 2, 3)", "next()", "enumerate()", "zip(1, strict=1, x=2)", "map(1)", "filter(1)", "filter(1, 2, 3)", "chr()", "chr(1, 2)", "ord()", "hex()", "bin(1, 2)", "repr()", "hash()", "id()", "input(1, 2)", "open()", "type(1, 2)", "list(1, 2)", "tuple(1, 2)", "dict(1, 2)", "set(1, 2)", "frozenset(1, 2)", "bytes(1, 2, 3, 4)", "bytearray(1, 2, 3, 4)", "complex(1, 2, 3)", "slice()", "slice(1, 2, 3, 4)", "reversed()", "reversed(1, 2)", "any()", "all(1, 2)", "callable()", "format()", "format(1, 2, 3)", "vars(1, 2)", "dir(1, 2)", "ascii()", "oct()", "object(1)", "super(1, 2, 3)", "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)", "memoryview()", "exec()", "eval()", "compile()",
 "math.sqrt()", "math.sqrt(1, 2)", "math.pow(1)", "math.log()", "math.log(1, 2, 3)", "math.floor()", "math.gcd(1.5)", "math.isclose(1)", "math.hypot()", "math.atan2(1)", "math.factorial()", "math.comb(1)", "math.dist(1)", "math.fsum()", "math.prod()", "math.ceil(1, 2)",
 "(1).bit_length(1)", "(1).to_bytes(1, 'big', 1, 2)", "(1.5).is_integer(1)", "(1.5).hex(1)", "b'a'.decode('utf-8', 'strict', 1)", "b'a'.hex(1, 2, 3)", "(1,).index()", "(1,).count()", "'a'.__len__(1)", "object().__eq__()", "[].__getitem__()", "''.maketrans()", "''.translate()", "'{}'.format", "' '.join([], 1)",
]
for c in calls:
    try:
        eval(c)
        print(c, 'OK')
    except Exception as e:
        print(c, type(e).__name__, e)

for c in ["exec('1', globals={})", "eval('1', globals={})", "exec('1', {}, {}, closure=None, x=1)", "exec(x=1)", "exec()", "eval()", "exec('1',{},{},1)", "eval('1',{},{},1)", "exec('x=1', None, closure=None)", "(1).to_bytes(1,'big',True)", "(1).to_bytes(1,'big',1,2)", "(1).to_bytes(1,'big',1,signed=2)", "int.from_bytes(b'', 'big', True)", "sorted([], 1)", "'abc'.split(',', 1, 2)", "'a'.encode('utf-8','strict',1)", "[].sort(1)", "max([], 1, key=None, default=2)", "print(1, 2, sep='', end='', x=1)", "round(1.5, 1, 2)", "'{}'.format_map({}, 1)", "bytes.fromhex('00', 1)", "(1.5).as_integer_ratio(1)", "'a'.splitlines(True, 1)", "dict.fromkeys(1,2,3)", "super(1,2,3)"]:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)

class C: pass
calls = ["object().__eq__()", "object().__eq__(1, 2)", "(1).__add__()", "(1).__add__(1, 2)", "[].__len__(1)", "'a'.__lt__()", "C().__eq__()", "C().__ne__()", "C().__hash__(1)", "C().__repr__(1)", "C().__str__(1)", "C().__init__(1)", "C().__setattr__('a')", "C().__getattribute__()", "C().__delattr__()", "C().__format__()", "C().__sizeof__(1)", "C().__reduce_ex__()", "C().__dir__(1)", "[].__contains__()", "[].__iter__(1)", "{}.__getitem__()", "{}.__setitem__(1)", "(1.0).__round__(1, 2)", "(1).__pow__()", "(1).__neg__(1)", "(1).__bool__(1)", "[].__iadd__()", "{}.__or__()", "'a'.__mod__()", "(1).__index__(1)", "(1).__lt__(1, 2)", "C.__subclasses__(1)", "C.mro(1)", "type.__call__()", "int.__new__()", "object.__new__()", "C().__class__.__name__.upper(1)", "super(C, C()).__init__(1)", "exec('1', {}, {}, 1)", "eval('1', {}, {}, 1)", "exec(1)", "compile('1', 'f')", "super()", "iter(1, 2)", "sorted([], key=1, x=2)", "max([], default=1, x=1)", "min(1, 2, key=3, x=4)", "print(x=1)", "round(1.5, 1, x=1)", "int(x=1)", "str(x=1)", "float(x=1)", "list(x=1)", "dict(1, x=2)", "enumerate([], 1, 2)", "enumerate([], x=1)", "zip(x=1)", "range(x=1)", "open(1, 2, 3, 4, 5, 6, 7, 8, 9)"]
for c in calls:
    try:
        eval(c)
        print(c, 'OK')
    except Exception as e:
        print(c, type(e).__name__, e)
