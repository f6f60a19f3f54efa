# Mapping patterns whose keys are complex or negative literals (folded to constants by
# CPython's compiler), and the duplicate-key SyntaxError with 1 == 1.0 == True.
data = {-0 - 0j: "zero", 1 + 2j: "c", -1: "neg", 2.5: "f"}
match data:
    case {0j: a, 1 + 2j: b, -1: c, 2.5: d}:
        print(a, b, c, d)

for key_src in ["1: a, 1.0: b", "1: a, True: b", "-1: a, -1.0: b", "1+2j: a, 1+2j: b",
                "-0-0j: a, 0j: b", "0: a, -0.0: b", "-5j: a, -0-5j: b", "'x': a, 'x': b",
                "1.5-2.5j: a, 1.5-2.5j: b", "1e300: a, 1e300: b", "None: a, None: b"]:
    src = "match {}:\n    case {" + key_src + "}: pass\n"
    try:
        compile(src, "<case>", "exec")
        print("compiled", key_src)
    except SyntaxError as e:
        print(key_src, "->", e.msg)

for src in ["match x:\n    case {**_}: pass\n", "match x:\n    case {'a': 1, **_}: pass\n"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
