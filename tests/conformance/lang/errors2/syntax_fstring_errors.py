# f-string errors (3.11 parses the expressions after the string).
import traceback
CASES = ['f"{}"', 'f"{ }"', 'f"{1 +}"', 'f"{a"', 'f"{a!z}"', 'f"a }"', 'f"{a!}"', 'f"{a:{b:{c}}}"', 'f"{a:{b:{c:{d}}}}"', "f'{\"a\"}'", 'f"{a!r:>{w}}"', 'f"{lambda x: 1}"', 'f"{yield}"', 'f"{*a}"', 'f"{a=}"', 'f"{a = }"', 'f"{a b}"', 'f"{a:=1}"', 'f"{(a:=1)}"', 'f"{#}"', 'f"{a}}"', 'f"{{a}"', 'f"{\\n}"', "f'{a['b']}'", 'f"{a!r=}"', 'f"{!r}"', 'f"{=}"', 'f"{:x}"', 'f"{a:}"', 'rf"{a\\}"', 'f"{1:{}}"', 'f"{import os}"', 'f"{a;b}"', 'f"{a,b}"', 'f"{)}"', 'f"{]}"', 'f"{a)}"', 'x = f"{"', "f'{x!s:{y!r}}'", 'f"{ 1 + }"', 'f"{a:{}}"']
for src in CASES:
    try:
        compile(src, '<user>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
