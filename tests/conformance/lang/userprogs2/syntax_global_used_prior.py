def f():
    print(x)
    x = 1
    global x
