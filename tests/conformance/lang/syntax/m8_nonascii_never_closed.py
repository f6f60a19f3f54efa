def f():
    s = "ñandú"; return (1 +
