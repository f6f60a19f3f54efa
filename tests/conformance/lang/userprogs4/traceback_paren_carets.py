# Caret lines under parenthesised operands and spaced subscripts, both as the
# interpreter prints them (C) and as the traceback module formats them (Python).
import traceback


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]


def divide(total, count):
    return (total) //count


def ratio(a, b):
    return (a )  / ( b )


def nested(mod, x):
    return (((x)))%mod


def lookup(table, key):
    return table  [ key ]


def inner(rows):
    return rows[0][(3)]


cases = [
    lambda: divide(10, 0),
    lambda: ratio(1, 0),
    lambda: nested(0, 7),
    lambda: lookup({}, "missing"),
    lambda: inner([[1, 2]]),
    lambda: (Matrix([[1, 2], [3, 4]]) @ Matrix([[1, 0], [0, 1]]))[2, 0],
]

for case in cases:
    try:
        case()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

m = Matrix([[1, 2], [3, 4]])
print((m @ m)[1, 1])
print((m @ m)[2, 0])
