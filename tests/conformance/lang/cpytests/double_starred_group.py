# `(**a)` and an f-string's `{**a}` are "cannot use double starred expression here" at the
# '**' (invalid_group); other misplaced '**' stay "invalid syntax" there.
for src in ["print((**a))", "f'{**a}'", "f'{x:{**a}}'", "f'{*a}'", "(**a, b)", "x = (**a for a in b)",
            "(**)", "[**a]", "print((*a))", "d = {**a}"]:
    try:
        compile(src, "<src>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset, e.end_offset)
