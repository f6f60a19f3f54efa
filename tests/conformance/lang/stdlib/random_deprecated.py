# randrange's DeprecationWarnings for non-integer arguments (issued through warnings).
import random

r = random.Random(3)
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

show(r.randrange, 1.0)
show(r.randrange, 1.5)
show(r.randrange, 0, 2.5)
show(r.randrange, 0, 10, 1.5)
show(r.randrange, '3')
show(r.randint, 1.5, 3)
show(r.randrange, 2.0, 10.0, 2.0)
