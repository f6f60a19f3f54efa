def documented(a, b=2):
    """Adds two numbers."""
    return a + b


print(documented.__name__, documented.__qualname__, documented.__doc__)
documented.calls = 0
documented.calls += 1
print(documented.calls)


class K:
    def method(self):
        def inner():
            pass

        return inner


print(K.method.__qualname__, K().method().__qualname__)
print(callable(documented), callable(3))
