import json
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(repr(e), e.msg, e.pos, e.lineno, e.colno)
