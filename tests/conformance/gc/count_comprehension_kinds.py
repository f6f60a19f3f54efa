# Comprehensions, generator expressions and loops over displays: what each allocates.
import gc

gc.collect()
gc.disable()


def measure(label, thunk):
    c = gc.get_count()[0]
    r = thunk()
    print(label, gc.get_count()[0] - c, type(r).__name__)


measure('listcomp', lambda: [i for i in range(5)])
measure('nested listcomp', lambda: [[j for j in range(i)] for i in range(3)])
measure('dictcomp', lambda: {i: i * i for i in range(5)})
measure('setcomp', lambda: {i % 3 for i in range(9)})
measure('genexp sum', lambda: sum(i for i in range(5)))
measure('genexp list', lambda: list(i for i in range(5)))
measure('in list display', lambda: 3 in [1, 2, 3])
measure('in set display', lambda: 3 in {1, 2, 3})
measure('for over list', lambda: [x for x in [1, 2, 3] if x])
measure('tuple swap', lambda: (lambda a, b: (b, a))(1, 2))
