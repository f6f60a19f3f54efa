for src in [r"f'\N{'", r"f'\N{GREEK CAPITAL LETTER DELTA'", r"f'ab\N{x'", r"f'{1}\N{'", r"f'\N{DIGIT ONE}{2}'"]:
    try:
        print(eval(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
