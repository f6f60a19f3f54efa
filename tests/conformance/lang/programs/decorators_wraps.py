# Decorators: timing-free call logging, retries, memoisation, registration, class decorators.
import functools

CALLS = []


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        CALLS.append(func.__name__)
        result = func(*args, **kwargs)
        print(f'{func.__name__}({", ".join(map(repr, args))}) -> {result!r}')
        return result
    return wrapper


def retry(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, attempt=attempt, **kwargs)
                except ValueError as e:
                    last = e
                    print(f'  attempt {attempt} failed: {e}')
            raise RuntimeError(f'gave up after {times} attempts') from last
        return wrapper
    return decorator


REGISTRY = {}


def register(name=None):
    def decorator(obj):
        REGISTRY[name or obj.__name__] = obj
        return obj
    return decorator


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


@retry(3)
def flaky(n, attempt):
    if attempt < n:
        raise ValueError(f'not yet ({attempt})')
    return f'ok on {attempt}'


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@register()
class Plugin:
    pass


@register('fast')
def fast_path():
    return 'fast'


def count_calls(cls):
    original = cls.__init__
    cls.instances = 0

    @functools.wraps(original)
    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls


@count_calls
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(add(2, 3), add('a', 'b'))
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__))
print(fib(60), fib.cache_info().hits > 0)
print(sorted(REGISTRY), REGISTRY['fast']())
Point(1, 2), Point(3, 4)
print(Point.instances, Point.__init__.__name__)
print(CALLS)


def compose(*funcs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), funcs)


pipeline = compose(str.strip, str.lower, lambda s: s.replace(' ', '_'))
print(pipeline('  Hello World  '))
double = functools.partial(lambda a, b: a * b, 2)
print(double(21), [double(x) for x in range(4)])
