# str() of a str is the same object; str/repr/f-string/format of an int make a new str
# (never the 1-character singleton); '%d' % 5 and join may return the cached one.
s = "hello world"
print(str(s) is s, str(5) is "5", repr(5) is "5", f"{5}" is "5", "%d" % 5 is "5", format(5) is "5")
print(str(True) is str(True), str(-1) is "-1", f"{s}" is s, format(s) is s)
class S:
    def __str__(self): return "fixed text here"
print(str(S()) is str(S()))
