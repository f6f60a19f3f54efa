# ast.parse in its modes and ast.dump's options, on the shapes users parse.
import ast

SOURCES = [
    "x = 1 + 2 * y",
    "def f(a, /, b=2, *args, c, d=4, **kw) -> int:\n    '''Doc.'''\n    return a\n",
    "class C(Base, metaclass=M):\n    x: int = 3\n    async def m(self):\n        await g()\n",
    "for i in range(3):\n    if i % 2:\n        continue\n    else:\n        break\nelse:\n    pass\n",
    "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('x') from e\nfinally:\n    del a[0], b.c\n",
    "with open('f') as fh, lock:\n    data = [x ** 2 for x in fh if x]\n",
    "lambda x, *y: {k: v for k, v in y}\n",
    "f'{name!r:>{width}} and {value:.2f}'",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0) | None: pass\n    case _: pass\n",
    "import os.path as p\nfrom . import mod\nfrom ..pkg import a as b, c\nglobal g\n",
    "a[1:2, ::3]; b = not c and d or e; (yield); x if y else z",
    "s = 'caf\u00e9' + \"it's\" + b'\\x00\\xff' + u'u'; n = 1_000 + 0x1f + 1e10 + 2.5j + 1e999",
    "...; None; True; -5; ~x; +y",
    "x := 5" if False else "(x := 5)",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse(SOURCES[1]), indent=4))
print(ast.dump(ast.parse(SOURCES[0]), indent='->', include_attributes=True))
print(ast.dump(ast.parse(SOURCES[0]), annotate_fields=False))
print(ast.dump(ast.parse(SOURCES[2]), annotate_fields=False, indent=1))
print(ast.dump(ast.parse("a + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse(b"y = 2\n", "<bytes>")))
print(ast.dump(ast.parse("x", mode="eval"), indent=0))

for bad, mode in [("x = (", "exec"), ("def f(:\n  pass", "exec"), ("  x = 1", "exec"),
                  ("x = 1", "eval"), ("1\n2", "single"), ("if x:\npass", "exec")]:
    try:
        ast.parse(bad, "<mine>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
for bad_call in [lambda: ast.parse("x", mode="nope"), lambda: ast.dump(42), lambda: ast.dump([ast.Name()]),
                 lambda: ast.parse(5)]:
    try:
        bad_call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Hand-built trees dump like parsed ones; missing and None fields are left out.
print(ast.dump(ast.Name(id='x')))
print(ast.dump(ast.Name('x', ast.Load())))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.arguments()))
print(ast.dump(ast.Return()))
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), indent=2))
print(ast.dump(ast.Name(id='y', lineno=3, col_offset=1), include_attributes=True))
