# RecursionError caught, then a deep mutual recursion uncaught.
def f(n):
    return f(n + 1)
def g(n):
    if n == 0:
        return h(0)
    return g(n - 1)
def h(x):
    return h2(x)
def h2(x):
    return h(x)
try:
    f(0)
except RecursionError as e:
    print(e)
g(5)
