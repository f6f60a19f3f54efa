tests = [
 ('"a,b,,c".split(",", -1)', ), ('"a b c".rsplit(maxsplit=1)',), ('"  a  b  ".split(None, 1)',), ('"abc".split("")',),
 ('"x".center(4, "é")',), ('"abc".center(-1)',), ('"ab".ljust(5, "\U0001F600")',), ('"a\tb".expandtabs(-1)',), ('"\t".expandtabs(3)',),
 ('"a\r\nb\rc\nd\x1ce\x1df\x1eg\x85h\u2029i".splitlines()',), ('"abc".translate({97: "xyz", 98: None, 99: 100})',), ('str.maketrans("", "", "abc")',),
 ('"ß".upper()',), ('"İ".lower()',), ('"ﬀ".casefold()',), ('"ǆ".title()',), ('"hello world".title()',), ('"they\'re bill\'s".title()',), ('"ABC".swapcase()',),
 ('"abc".find("c", -1, 100)',), ('"abc".rfind("")',), ('"abcabc".rindex("b", 0, 3)',), ('"aaa".count("aa")',), ('"abc".startswith("")',), ('"abc".endswith(("x", "bc"), 1)',),
 ('"1,234".isdigit()',), ('"²".isdigit()',), ('"²".isdecimal()',), ('"Ⅻ".isnumeric()',), ('"ǅ".istitle()',), ('"\u00a0".isspace()',), ('"_a1".isidentifier()',), ('"1a".isidentifier()',),
 ('"%s" % "x"',), ('"a".join(["b"])',), ('"".join([])',), ('"abc".zfill(5)',), ('"+12".zfill(5)',), ('"-".zfill(3)',),
 ('"abcde".removeprefix("ab").removesuffix("de")',), ('"  x  ".strip(" x")',), ('"xyxzx".lstrip("xy")',), ('"abc".replace("", "-", 2)',), ('"aaa".replace("a", "b", 0)',),
 ('"a-b-c".partition("-")',), ('"a-b-c".rpartition("-")',), ('"abc".index("d")',), ('"é".encode()',), ('"é".encode("latin-1")',), ('"€".encode("ascii", "replace")',), ('"€".encode("ascii", "xmlcharrefreplace")',), ('"€".encode("ascii", "backslashreplace")',), ('b"\\xe9".decode("utf-8", "replace")',), ('b"\\xe9".decode("latin-1")',),
 ('"abc" < "abd" < "b"',), ('"Z" < "a"',), ('sorted(["b", "A", "a", "B"])',), ('max("abc")',), ('"abc"[::-1]',), ('"abcdef"[1:-1:2]',), ('"abc"[5:]',), ('"abc" * 0',), ('"abc" * -1',), ('list("héllo")',), ('repr("\\x00\\t\\n\\\\\'\\"")',), ('ascii("é€😀")',), ('"{:>10}".format("é")',), ('len("😀")',), ('"😀".encode("utf-16-le")',), ('ord("😀")',), ('chr(128512)',), ('"a😀b"[1]',), ('str(b"abc")',), ('str(1e100)',), ('format("abc", "^7")',),
]
for (t,) in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
