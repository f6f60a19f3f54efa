# The str.is*() predicates on every ASCII character, on ASCII words, and on text beyond
# ASCII (answered by the Unicode rules).
NAMES = ["isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace", "isascii", "isidentifier",
         "isprintable", "isupper", "islower", "istitle"]
for name in NAMES:
    row = "".join("1" if getattr(chr(c), name)() else "0" for c in range(128))
    print(name.ljust(12), row)
words = ["", "abc", "ABC", "Abc", "Abc Def", "aBc", "ABC def", "Hello World", "Hello world", "1abc", "_x1", "x y",
         "123", "12.5", " \t\n", "\x1c\x1d", "a_b", "__init__", "A1", "A1b", "1A", "!!", "Ab1 Cd", "ǅx", "Ab\u01c5",
         "\xe9t\xe9", "\xc9T\xc9", "\u0660\u0661", "\xb2", "\u2167", "\u3000", "\x85", "caf\xe9", "\U0001d7d8",
         "a\U0001f600", "\ud800", "\xa0"]
for w in words:
    print(ascii(w), "".join("1" if getattr(w, name)() else "0" for name in NAMES))
for name in NAMES:
    try:
        getattr("a", name)(1)
    except TypeError as e:
        print(e)
