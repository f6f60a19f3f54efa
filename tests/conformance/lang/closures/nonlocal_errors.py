def outer():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def reset():
        nonlocal items
        items = []

    return add, reset


add, reset = outer()
print(add('a'), add('b'))
reset()
print(add('c'))
try:
    exec('def f():\n    nonlocal q\n')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
