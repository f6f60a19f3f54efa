# ast.literal_eval: what it accepts, and the errors users meet (addresses masked).
import ast
import re

GOOD = [
    "42", "-3.5", "+7", "1e3", "0x10", "2j", "1+2j", "-1-2j", "3.0 - 1j",
    "'text'", "b'bytes'", "r'\\n'", "'a' 'b'", "True", "None", "...",
    "[1, [2, 3], (4,)]", "(1, 'two', 3.0)", "{1, 2, 2}", "set()", "{'a': 1, 2: [3]}",
    "{}", "()", "[]", "  \t42", "(1,)", "{'nested': {'deep': (1, -2)}}",
]
for src in GOOD:
    value = ast.literal_eval(src)
    print(repr(src), '->', repr(value), type(value).__name__)

BAD = [
    "x", "1 + x", "f(1)", "[1, y]", "{**a}", "2 * 3", "-'a'", "1 + 1", "'a' + 'b'", "set([1])",
    "a.b", "lambda: 0", "1 if x else 2", "[i for i in x]", "-(1)", "--1", "1 + (2j)",
    "(1)+2j+3", "not True", "{1: 2, **d}", "1j + 1",
]
for src in BAD:
    try:
        print(repr(src), '->', ast.literal_eval(src))
    except ValueError as e:
        print(repr(src), 'ValueError', re.sub(r'0x[0-9a-fA-F]+', 'ADDR', str(e)))

for src in ["1 +", "(", "x = 1", "  \n1"]:
    try:
        ast.literal_eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.filename, e.lineno)

# Nodes are accepted too: an Expression, or a bare expression node.
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.Constant('x')], ast.Load())))
try:
    ast.literal_eval(ast.Name('q'))
except ValueError as e:
    print(re.sub(r'0x[0-9a-fA-F]+', 'ADDR', str(e)))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(re.sub(r'0x[0-9a-fA-F]+', 'ADDR', str(e)))
try:
    ast.literal_eval(12)
except ValueError as e:
    print(e)
