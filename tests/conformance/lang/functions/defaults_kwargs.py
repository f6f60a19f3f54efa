def greet(name, greeting='Hello', *, punct='!'):
    return f'{greeting}, {name}{punct}'


print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))


def mutable_default(x, acc=[]):
    acc.append(x)
    return acc


print(mutable_default(1), mutable_default(2))
print(greet.__defaults__, greet.__kwdefaults__)
