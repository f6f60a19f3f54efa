import csv
import io

DATA = 'name,qty,note\r\napple,3,"red, shiny"\r\npear,,"says ""hi"""\r\n"multi\nline",7,x\r\n\r\nlast,1,\r\n'
rows = list(csv.reader(io.StringIO(DATA, newline="")))
print(rows)
r = csv.reader(DATA.splitlines(keepends=True))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['  a,  "b c",d'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")), list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(['1,2.5,"x",-3e2'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(['"unterminated'])), list(csv.reader([])), list(csv.reader(["", "x"])))
for bad, kw in [(['a,"b"c'], dict(strict=True)), (['"abc'], dict(strict=True)), (["a\rb"], {}), ([b"bytes"], {})]:
    try:
        print(list(csv.reader(bad, **kw)))
    except csv.Error as e:
        print("csv.Error:", e)
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["id", "text", "value"]))
w.writerows([[1, "plain", 2.5], [2, "with,comma", None], [3, 'quote "x"', True], [4, "new\nline", -0.0], [5, "", ""]])
w.writerow([""])
w.writerow([])
w.writerow(("t", "u"))
print(repr(out.getvalue()))
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting, escapechar="\\", lineterminator="\n")
    w.writerow(["a", 1, 2.5, "b,c", 'd"e', None, ""])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
try:
    csv.writer(out, quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.writer(out, quoting=csv.QUOTE_NONE).writerow([""])
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.writer(out).writerow(5)
except csv.Error as e:
    print("csv.Error:", e)
for kw in [dict(delimiter=None), dict(delimiter="ab"), dict(delimiter=1), dict(quotechar=1), dict(quoting=9), dict(quoting="a"), dict(lineterminator=1), dict(escapechar="ab"), dict(quotechar=None, quoting=csv.QUOTE_ALL)]:
    try:
        csv.writer(io.StringIO(), **kw)
        print("ok", kw)
    except TypeError as e:
        print("TypeError:", e)
w = csv.writer(io.StringIO(), quotechar=None)
print(w.dialect.quoting, w.dialect.delimiter, repr(w.dialect.lineterminator), w.dialect.doublequote, w.dialect.escapechar)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
out = io.StringIO()
csv.writer(out, "pipes").writerow(["x", "y|z"])
print(repr(out.getvalue()), sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
print(list(csv.reader(['"x"|"y|z"'], dialect="pipes")))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("csv.Error:", e)
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
out = io.StringIO()
csv.writer(out, Semi).writerow(["a;b", "c"])
csv.writer(out, dialect=Semi(), delimiter=",").writerow(["a;b", "c"])
print(repr(out.getvalue()), list(csv.reader(["a;b"], Semi)))
class Broken(csv.Dialect):
    delimiter = ";"
try:
    Broken()
except csv.Error as e:
    print("csv.Error:", e)
src = io.StringIO("id,name,score\n1,ann,90\n2,bob\n3,cy,70,extra,more\n\n4,dee,85\n")
dr = csv.DictReader(src, restval="?")
print(dr.fieldnames)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(["a,b", "1,2"], fieldnames=["x", "y"], restkey="rest")
print(list(dr))
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="N/A", lineterminator="\n")
print(dw.writeheader())
dw.writerow({"id": 1, "name": "ann"})
dw.writerows([{"id": 2}, {"name": "x, y", "id": 3}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 4, "bad": 1})
except ValueError as e:
    print("ValueError:", e)
csv.DictWriter(out, ["id"], extrasaction="ignore").writerow({"id": 5, "zzz": 0})
try:
    csv.DictWriter(out, ["id"], extrasaction="skip")
except ValueError as e:
    print("ValueError:", e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["a" * 11]))
except csv.Error as e:
    print("csv.Error:", e)
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.excel.delimiter, csv.excel_tab.delimiter, csv.Error.__module__, issubclass(csv.Error, Exception))
print(type(csv.reader([])).__name__, type(csv.writer(io.StringIO())).__name__)
