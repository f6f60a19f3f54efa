# Assigning a class's __name__ / __qualname__ (as decorators and factories do) changes
# what type(x).__name__, repr(cls) and default instance reprs show.
def named(name):
    def deco(cls):
        cls.__name__ = name
        cls.__qualname__ = "Outer." + name
        return cls
    return deco

@named("Renamed")
class Original:
    pass

print(Original.__name__, Original.__qualname__, Original, type(Original()).__name__)
print(repr(Original()).split(" object")[0], "__name__" in Original.__dict__)
for bad in (5, None):
    try:
        Original.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
    try:
        Original.__qualname__ = bad
    except TypeError as e:
        print("TypeError:", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, ndigits=None):
        return ("round", ndigits)
print(round(Money(5)), round(Money(5), 2), round(Money(5), None))
