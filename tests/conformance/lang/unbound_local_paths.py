# Unbound locals where an assignment may not have run (if, loops, try, walrus in a
# conditional, match) or a del has run: UnboundLocalError as in CPython.
def f(c):
    if c:
        x = 1
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
    y = 2
    print(y)
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    for i in range(0):
        z = 1
    try:
        print(z)
    except UnboundLocalError as e:
        print(e)
    while True:
        try:
            print(w)
        except UnboundLocalError as e:
            print(e)
            w = 1
            continue
        break
    try:
        v = 1 / 0
    except ZeroDivisionError:
        pass
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)
    a, (b, *c) = 1, (2, 3, 4)
    print(a, b, c)
    def g():
        return 5
    print(g())
    if (u := c):
        pass
    print(u)
    q = 0 if c else (r := 2)
    try:
        print(r)
    except UnboundLocalError as e:
        print(e)
    with open if False else __import__('contextlib').nullcontext(3) as k:
        m = k
    print(m)
    match c:
        case 1:
            n = 1
        case _:
            pass
    try:
        print(n)
    except UnboundLocalError as e:
        print(e)
f(True)
f(False)
