"""Exports python3's `ast` of each source given on stdin (a JSON list of strings) as JSON.

Constants are tagged like pymm's ConstantValue: {"tag": "int", "value": "123"} (ints as
decimal strings), floats as numbers (or "inf"/"-inf"/"nan" strings), bytes as lists.
A source that does not parse gives {"error": [class name, msg, lineno, offset]}.
"""
import ast
import json
import math
import sys


def const(v):
    if v is None:
        return {"tag": "None"}
    if v is Ellipsis:
        return {"tag": "Ellipsis"}
    if isinstance(v, bool):
        return {"tag": "bool", "value": v}
    if isinstance(v, int):
        return {"tag": "int", "value": str(v)}
    if isinstance(v, float):
        return {"tag": "float", "value": v if math.isfinite(v) else repr(v)}
    if isinstance(v, complex):
        return {"tag": "complex", "imag": v.imag}
    if isinstance(v, str):
        return {"tag": "str", "value": v}
    if isinstance(v, bytes):
        return {"tag": "bytes", "value": list(v)}
    if isinstance(v, tuple):
        return {"tag": "tuple", "items": [const(x) for x in v]}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, ast.AST):
        out = {"_type": type(n).__name__}
        for f in n._fields:
            v = getattr(n, f, None)
            out[f] = const(v) if (isinstance(n, ast.Constant) and f == "value") else node(v)
        for a in n._attributes:
            if hasattr(n, a):
                out[a] = getattr(n, a)
        return out
    if isinstance(n, list):
        return [node(x) for x in n]
    return n


def main():
    sources = json.load(sys.stdin)
    out = []
    for src in sources:
        try:
            tree = node(ast.parse(src))
        except SyntaxError as e:
            out.append({"error": [type(e).__name__, e.msg, e.lineno, e.offset]})
            continue
        try:
            compile(src, "<test>", "exec")
        except SyntaxError as e:
            tree["compileError"] = [type(e).__name__, e.msg, e.lineno, e.offset]
        out.append(tree)
    json.dump(out, sys.stdout)


main()
