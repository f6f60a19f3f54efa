def f(a, b=2, *args, c, d=4, **kw):
    return a
for call in ["f()", "f(1)", "f(1, c=1, a=2)", "f(1, 2, 3, c=1, e=5)", "len()", "len(1, 2)", "int('x')", "[].pop()", "{}.pop('k')", "'a' + 1", "1 + 'a'", "[1] * 'a'", "None()", "(1)[0]", "abs('x')", "'%d' % 'x'", "sorted([1, 'a'])", "max([])", "divmod(1, 0)", "chr(-1)", "ord('ab')", "'abc'.index('z')", "[1].index(2)", "tuple()[0]", "dict(a=1)['b']", "set().remove(1)", "object().x", "type('X', (), {})().y", "iter(5)", "next(iter([]))", "int.bad", "'x'.bad()", "f(1, 2, c=3)()", "(lambda: 1)(2)", "print(**{1: 2})", "dict([1])", "list(1)", "float('x')", "1 < 'a'", "[] < ()", "hash([])", "{[]: 1}", "import nosuchmod", "a, b = [1]", "a, b = [1, 2, 3]", "x, *y, z = [1]"]:
    try:
        exec(call)
    except Exception as e:
        print(f"{call:30} {type(e).__name__}: {e}")
def g():
    return undefined_name_xyz
g()
