# ast.unparse: parentheses by precedence, quoting, blank lines around defs, f-strings, patterns.
import ast

SNIPPETS = [
    "x = 1 + 2 * 3", "(1 + 2) * 3", "a ** b ** c", "(a ** b) ** c", "-x ** 2", "(-x) ** 2",
    "not a and b or c", "a and (b or c)", "a if b else c if d else e", "(a if b else c) if d else e",
    "x = yield", "x = yield y", "await_ = 1", "f(*args, **kw, key=1)", "a[1:2, ::3]", "a[1:2]",
    "a[(1, 2)]", "a[()]", "a[*b]", "(1).real", "1 .real", "x.y.z", "lambda: 0", "lambda x, *y, z=1, **k: x",
    "lambda *, k: k", "(x := 5)", "[x for x in y if x if not x]", "{k: v for k, v in d.items()}",
    "{x async for x in y}", "(x for x in y)", "{}", "{1}", "set()", "{**a, 'b': 1}", "()", "(1,)",
    "1, 2", "x, = y", "[a, *b] = c", "del a, b[0], c.d", "assert x, 'msg'", "a < b <= c != d is not e not in f",
    "x = 'it\\'s'", "x = \"say \\\"hi\\\"\"", "x = '''multi\nline'''", "x = b'bytes\\x00'", "x = u'text'",
    "x = 1e999", "x = 1e999j", "x = -1e999", "x = ...", "x = None", "x = 0xff", "x = 1_000",
    "f'{a}'", "f'{a!r:>{w}}'", "f'{x:.2f} and {{braces}}'", "f'{\"q\"}'", "f'line\\n{a}'",
    "f'{a}' 'b'", "print(f\"{x!s}\")", "f'{ {1: 2}[1] }'",
    "import a.b as c, d", "from . import x", "from ..pkg.mod import (a as b, c)", "global g, h",
    "def f(a, /, b, *, c=1, **kw) -> int:\n    '''Doc.'''\n    return a",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        pass",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x: int = 1\n    y: 'str'\n    (z): int\n\n    def m(self):\n        pass",
    "x = 1\ndef f():\n    pass\ny = 2",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    z = 1",
    "for i in range(3):\n    continue\nelse:\n    break",
    "while True:\n    break\nelse:\n    pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "with open(f) as (a, b):\n    pass",
    "match p:\n    case [1, 2, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case (1 | 2) as n:\n        pass\n    case _:\n        pass",
    "x: int", "a += 1; b **= 2; c //= 3; d @= e",
    "class A:\n    '''Doc with \"quotes\" and \\\\ backslash.'''",
    "def g():\n    '''Ends with quote\"'''",
    "'docstring\\tmodule'\nx = 1",
    "nonlocal_ = [1, 2][0]", "a = b = c", "print(*a, sep='')", "(yield)",
    "x = (a for a in b)", "f(a for a in b)", "x = not (a == b)", "-(-x)", "~(a + b)", "a - (b - c)", "a - b - c",
]
for src in SNIPPETS:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print('  round trip:', ast.dump(ast.parse(text)) == ast.dump(tree))
print(ast.unparse(ast.parse("1 + x", mode='eval')))
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Mult(), ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')))))
print(ast.unparse(ast.Constant((1, 'a'))), ast.unparse(ast.Constant(value=(5,))))
print(repr(ast.unparse(ast.Module(body=[], type_ignores=[]))))
