# difflib.HtmlDiff: make_table (full and with context, tabs, wrapping, descriptions), make_file,
# the no-differences and empty cases, and the _mdiff rows it is built from.
import difflib

a = ['def f(x):\n', '\treturn x + 1\n', '\n', '# done <ok> & fine\n', 'keep\n', 'keep\n', 'keep\n', 'keep\n', 'end\n']
b = ['def f(x, y):\n', '\treturn x + y\n', '\n', 'keep\n', 'keep\n', 'keep\n', 'keep\n', 'end\n', 'extra line\n']
d = difflib.HtmlDiff()
print(d.make_table(a, b))
print(difflib.HtmlDiff(tabsize=4, wrapcolumn=12).make_table(a, b, 'old.py', 'new.py', context=True, numlines=1))
print(d.make_table(a, a, context=True))
print(d.make_table([], []))
page = difflib.HtmlDiff().make_file(['caf\xe9\n'], ['caf\u20ac\n'], 'x', 'y', charset='ascii')
print(page)
for row in difflib._mdiff(['one\n', 'two\n', 'three\n'], ['one\n', 'tree\n', 'emu\n', 'three\n'], 0):
    print(row)
print(difflib.HtmlDiff._default_prefix)
