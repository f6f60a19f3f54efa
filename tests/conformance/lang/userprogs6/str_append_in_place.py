import sys
def f():
    s = "ab"
    t = s
    s += "cd"
    print(s, t)
    s = "x" * 3
    h = hash(s)
    s += "y"
    print(s, h == hash("xxx"))
    s = "".join(["a", "b"])
    s += "é"
    s += "€"
    s += "😀"
    s += "z"
    print(s, len(s), sys.getsizeof(s))
    u = "é" * 2
    u += "abc"
    print(u, sys.getsizeof(u))
    d = {}
    k = "key" + str(1)
    d[k] = 1
    k += "x"
    print(k, d)
    s = ""
    for i in range(100):
        s += str(i % 10)
        s = s + "-"
    print(s, sys.getsizeof(s))
    s = "abc"
    try:
        s += 1
    except TypeError as e:
        print(e)
    try:
        s = s + None
    except TypeError as e:
        print(e)
    s = "q" * 10
    s = s + s
    print(s)
    s += s
    print(s, len(s))
    x = []
    s = "abc" * 2
    x.append(s)
    s += "!"
    print(x, s)
def g():
    s = ""
    for i in range(5):
        s += chr(65 + i)
        yield s
print(list(g()))
f()
class S(str): pass
def h():
    s = S("ab")
    s += "c"
    print(type(s), s)
    s = "ab" + S("c")
    s += S("d")
    print(type(s), s)
h()
def k():
    s = "abc"
    s += 5
k()
def long_build(n):
    out = ""
    for i in range(n):
        out += "ab"
        if i % 50000 == 0:
            out = out + "|"
    return out
big = long_build(200000)
print(len(big), big.count("|"), big[:7], big[-4:])
def csv_lines(rows):
    text = ""
    for row in rows:
        line = ""
        for j, cell in enumerate(row):
            if j:
                line += ","
            line += str(cell)
        text += line + "\n"
    return text
print(csv_lines([[1, "a", 2.5], ["é", None, True]]), end="")
