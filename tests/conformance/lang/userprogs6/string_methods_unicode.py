s = "The Quick Brown Fox"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.casefold(), s.isupper(), s.istitle(), s[4:9].isalpha())
print(s.split(" ", 2), s.rsplit(None, 1), s.partition("Quick"), s.rpartition("o"), s.count("o"), s.index("Brown"), s.rindex("o"))
print(s.startswith(("The", "A")), s.endswith("Fox", 0, 19), s.replace(" ", "_", 2), s.ljust(25, "."), s.rjust(25), s.center(25, "-"))
print("  \t\nx  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "a-b-c".rstrip("-c"), "prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print("a,b,,c,".split(","), "".split(","), "".split(), "  ".split(), "a  b".split(" "), "1\n2\r\n3\r4".splitlines(), "abc".split("abc"))
print(",".join(["a"]), "".join([]), " ".join(str(i) for i in range(5)), "ab".join("12"), "\u00e9".encode(), "Å".lower(), "ǅ".istitle())
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{name!r:>10}".format(name="x"), "{:08.3f}".format(-3.14159), "{0:b} {0:o} {0:x} {0:#X}".format(42))
print("tab\tsep".expandtabs(), "x".zfill(3), "+5".zfill(4), "12".rjust(5, "0"), "abc".isascii(), "é".isascii(), "Ⅻ".isnumeric(), "3".isdecimal(), "x y".isprintable(), "\x07".isprintable())
print(str(123), str(1.0), str([1, "a"]), str((1,)), str({"a": 1}), str(None), str(str), repr(1.10), repr("\n\t\\"), repr("\x00\x7f\x80\u200b"), ascii("\u200b😀"))
print(len("😀"), "😀".encode("utf-8"), "😀".encode("utf-16"), len("😀".encode("utf-16-le")), ord("😀"), "\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "a\u0301" == "á")
print(sorted(["b", "B", "a", "A", "é", "e"]), sorted(["b", "B", "a", "A"], key=str.casefold), max("abc", "abd"), "abc" < "abd" < "b", "Z" < "a", "10" < "9")
print("%s|%5s|%-5s|%.1s" % ("a", "b", "c", "def"), "%d%%" % 50, "%(x)s %(x)r" % {"x": "q"}, "%5.1f%%" % 99.44, "%x %o %e" % (255, 8, 12345.678))
text = "one fish two fish red fish blue fish"
print(text.find("fish"), text.find("fish", 5), text.find("cat"), text.rfind("fish"), text.count("fish", 10), text.index("red"), text.split("fish", 2))
print(text.title().swapcase(), text.capitalize(), " ".join(w.capitalize() for w in text.split()), text[::-1][:10], text[-4:], text[:-30], text[100:], text[-100:3])
b = "Straße ǅemal ﬁnal ΣΑΣ"
print(b.upper(), b.lower(), b.casefold(), b.title(), b.swapcase(), len(b.upper()))
multi = """line one
    indented
\ttabbed
"""
print(repr(multi), multi.count("\n"), [l.strip() for l in multi.splitlines()], multi.expandtabs(2).splitlines()[2])
print(r"raw\nstring", b"bytes\x00".hex(), "\x41\101\u0041\U00000041", "a" "b" 'c', f"{'nested' + '!'}", f"{{literal}}", f"{3.14159:.{2}f}", f"{'x'!r:>5}", f"{10:#b}")
width = 12
for item, price in [("apple", 1.5), ("kiwi", 0.25), ("dragonfruit", 12.0)]:
    print(f"{item:<{width}}{price:>8.2f}", f"{item:^{width}}|", f"{item[:3].upper():*>6}")
print(f"{'a':{'^'}{9}}", f"{2**40:,}", f"{-2**40:_d}", f"{0.000012345:.3g}", f"{12345678.9:.3e}", f"{1/3:.50f}"[:30], f"{5:+d} {-5:+d} {5: d}")
