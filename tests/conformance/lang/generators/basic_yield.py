def gen(n):
    print('start')
    for i in range(n):
        yield i * i
    print('end')


g = gen(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(next(g, 'exhausted'))
try:
    next(g)
except StopIteration:
    print('StopIteration')
