# Null bytes in a source string: a SyntaxError with no location at all.
import traceback
try:
    compile('x = 1\0', 'f', 'exec')
except SyntaxError as e:
    print(repr(e.msg), e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args, e.filename)
    traceback.print_exc()
try:
    exec('print(1)\0')
except SyntaxError as e:
    print(repr(e))
eval('1\0')
