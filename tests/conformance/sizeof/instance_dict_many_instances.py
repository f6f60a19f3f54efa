# Each new instance of a class leaves one fewer usable shared key, so every split
# __dict__ of that class reports a smaller size, down to a floor.
import sys


class Cell:
    def __init__(self, v):
        self.v = v


cells = []
sizes = []
for i in range(35):
    cells.append(Cell(i))
    if i % 5 == 0:
        sizes.append(sys.getsizeof(cells[0].__dict__))
print(sizes)
print(sys.getsizeof(cells[-1].__dict__))


class Empty:
    pass


objs = [Empty() for _ in range(3)]
print([sys.getsizeof(o.__dict__) for o in objs])
