def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args)
        result = fn(*args, **kwargs)
        print('ret', result)
        return result

    wrapper.__name__ = fn.__name__
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]

        return wrapper

    return deco


@trace
def add(a, b):
    return a + b


@repeat(3)
def hello(name):
    return 'hi ' + name


add(2, 3)
print(add.__name__)
print(hello('x'))
