snippets = ["f(x=1, x=2)", "def f():\n    continue\n", "continue", "class A(metaclass=type, metaclass=type): pass",
            "print(1)\nf(a, b=1, c=2,\n  b=3)\n", "for i in range(2):\n    def g():\n        continue\n", "f(__debug__=1, __debug__=2)",
            "f(x=1, **k, x=2)", "break", "while True:\n    class C:\n        break\n", "f(a=1, b=2, a=3, b=4)", "dict(k=1, k=1)"]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for i in range(2):
    continue
print(dict(a=1, **{"b": 2}))
