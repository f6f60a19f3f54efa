def inner():
    yield 1
    yield 2
    return 'inner done'


def outer():
    result = yield from inner()
    print('inner returned', result)
    yield 3


print(list(outer()))


def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
