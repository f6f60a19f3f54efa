def area(w: float, h: float = 1.0) -> float:
    return w * h


print(area(2, 3), area(4))
print(area.__annotations__)


def nothing():
    pass


def early(n):
    if n > 0:
        return 'positive'


print(nothing(), early(1), early(-1))
