# The names pymain puts in __main__'s namespace before the first line, and their values.
import sys
names = list(globals())
print(names)
print(__package__, __spec__, __cached__, __doc__, __annotations__)
x: int = 1
y: str
print(__annotations__)
print(sorted(n for n in dir() if n.startswith("__")))
print(sys.modules["__main__"].__dict__ is globals(), __name__)
print(len(globals()) - len(names))
