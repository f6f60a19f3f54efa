# compile() of a str counts columns in characters; the source text of a file does not
# (see the m8_nonascii_* programs next to this one).
for src in ['x = "éé"; y = b"é"', 'x = "éé"; y = 1 +', 'x = "日本"; class = 3', 'd = {"é": 1 "b": 2}',
            'x = "é"; f(**k, *a)', 's = "ñ"; return (1 +', 'x = "😀"; del f()']:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg, e.offset, e.end_offset, e.lineno)
