import string
import sys
from collections import Counter, defaultdict
from itertools import groupby

def is_palindrome(s: str) -> bool:
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

def anagram_groups(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w.lower()))].append(w)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    k = shift % 26
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)

def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[ki % len(key)].lower()) - ord("a")
            k = -k if decrypt else k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)

def rle_encode(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))

def rle_decode(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))

def word_wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines

def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t

def kmp_search(text, p):
    t, k, hits = kmp_table(p), 0, []
    for i, c in enumerate(text):
        while k and c != p[k]:
            k = t[k - 1]
        if c == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = t[k - 1]
    return hits

def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"]:
    print(f"{s!r:35} {is_palindrome(s)!s:>5} {longest_palindrome(s.lower())!r}")
print(anagram_groups("listen silent enlist google elgoog cat act tac dog".split()))
msg = "The Quick Brown Fox, jumps over the lazy dog! 123"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3) == msg, caesar("xyz", 29))
v = vigenere(msg, "lemon")
print(v, "|", vigenere(v, "lemon", decrypt=True))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc"]:
    e = rle_encode(s)
    print(e, rle_decode(e) == s)
for line in word_wrap("the quick brown fox jumps over the lazy dog " * 3, 22):
    print(f"|{line:<22}|{line:>24}|{line.center(26, '.')}|")
print(kmp_table("abacabab"), kmp_search("abababcabababab", "abab"))
print([levenshtein(a, b) for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same")]])
print("Hello World".swapcase(), "hello world".capitalize(), "  pad ".strip().zfill(6), "-5".zfill(4), "ß".upper(), "ǅ".lower(), "İ".lower().encode())
print("a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(keepends=True), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("tic-tac-toe".replace("-", "", 1), "abc".center(9, "*"), "x".ljust(3, "-") + "|", "{:>6}".format("ab"), "ab".rjust(1))
print("Straße".casefold() == "STRASSE".casefold(), "hello"[::-2], "hello"[10:], "abc" * 0, "-".join(map(str, range(5))), "".join(reversed("stressed")))
print("python".find("th"), "python".index("on"), "banana".count("an"), "banana".rfind("a"), "Banana".startswith(("b", "B")), "x.py".endswith(".py", 0, 4))
print("Hello, {name}! You are {age:>3} years".format_map({"name": "Bob", "age": 7}), "%s has %d items costing %.2f" % ("cart", 3, 9.5))
print(" ".join(w[::-1] for w in "reverse each word".split()), "madam".isalpha(), "123".isdigit(), "½".isnumeric(), "x1".isidentifier(), "  ".isspace(), "Title Case".istitle())
print(sorted("the quick brown fox".split(), key=lambda w: (len(w), w[::-1])), max("aZbY", key=str.lower), ord(min("hello")))
print(str.maketrans({"a": "1", "b": None}), "abcab".translate({97: "A", 98: None}), "tab\tsep".expandtabs(4), repr("quote's \"and\" \\ \t\x7f\u00e9\U0001f600"))
sys.stdout.write("written %d\n" % len("abc"))
print("a", "b", "c", sep="", end="!\n")
print("x", 1, None, 2.5, [1], sep=" | ", end=" <end>\n", file=sys.stdout, flush=True)
print(*"spread", sep=".")
print()
print("done", end="")
print()
