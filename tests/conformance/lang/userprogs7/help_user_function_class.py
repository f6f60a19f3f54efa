def area(w: float, h: float = 1.0) -> float:
    """Return the area of a rectangle.

    Multiplies width by height.
    """
    return w * h
class Stack:
    """A simple LIFO stack."""
    def __init__(self):
        self.items = []
    def push(self, x):
        """Push x."""
        self.items.append(x)
    @property
    def top(self):
        """The top item."""
        return self.items[-1]
help(area)
help(Stack)
print(area.__doc__)
import inspect
print(inspect.signature(area), inspect.getdoc(Stack.push), inspect.getsource(area).splitlines()[0])
print([name for name, _ in inspect.getmembers(Stack, inspect.isfunction)])
