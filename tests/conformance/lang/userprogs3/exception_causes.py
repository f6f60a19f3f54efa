class AppError(Exception):
    pass

def parse(s):
    return int(s)

def run(items):
    results = []
    for item in items:
        try:
            results.append(parse(item))
        except ValueError as exc:
            raise AppError("bad item %r" % (item,)) from exc
    return results

def main():
    try:
        run(["1", "x"])
    except AppError:
        raise SystemError("gave up") from None

try:
    main()
except SystemError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def generator():
    yield 1
    yield 1 / 0

def consume():
    return [x * 2 for x in generator()]

try:
    consume()
except ZeroDivisionError as e:
    import traceback
    traceback.print_exc()
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c, strict=True)) for c in zip(*other.rows)] for r in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"

print(Matrix([[1, 2], [3, 4]]) @ Matrix([[5, 6], [7, 8]]))
Matrix([[1, 2, 3]]) @ Matrix([[1], [2]])
