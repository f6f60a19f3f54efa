# Freeing the outer container frees what it held, depth first, in order.
class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


outer = [T(1), [T(2), T(3)], {'k': T(4)}, (T(5),)]
print('drop')
outer = None
print('end')
