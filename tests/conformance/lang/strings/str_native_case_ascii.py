# Case mapping of ASCII text (title, capitalize, swapcase, casefold, upper, lower): every
# ASCII character, words, fresh results; non-ASCII text by Unicode's rules; argument errors.
allc = "".join(chr(c) for c in range(128))
for name in ("title", "capitalize", "swapcase", "casefold", "upper", "lower"):
    print(name, ascii(getattr(allc, name)()))
words = ["", "a", "A", "hello world", "HELLO wORLD", "3rd_x-ray", "o'neil", "a1b2c3", "  lead", "x\ty\nz", "ǅungla", "straße",
         "ÉCOLE", "ﬁsh", "Σίσυφος", "ǳ", "\U0001d400bc"]
for w in words:
    print(ascii(w), [ascii(getattr(w, name)()) for name in ("title", "capitalize", "swapcase", "casefold", "upper", "lower")])
s = "abc"
print(s.lower() is s, s.title() is s, "a".capitalize() is chr(65), "A".swapcase() is chr(97), "".title() == "")


class S(str):
    pass


print([type(getattr(S("Ab"), name)()).__name__ for name in ("title", "capitalize", "swapcase", "casefold", "upper", "lower")])
for name in ("title", "capitalize", "swapcase", "casefold", "upper", "lower", "__len__"):
    try:
        getattr("a", name)(1)
    except TypeError as e:
        print(e)
print("abc".__len__(), S("ab").__len__())
try:
    "a".__len__(x=1)
except TypeError as e:
    print(e)
