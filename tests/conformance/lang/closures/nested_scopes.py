x = 'global'


def outer():
    x = 'outer'

    def middle():
        def inner():
            return x

        return inner()

    return middle()


def outer2():
    x = 'outer2'

    def inner():
        global x
        return x

    return inner()


print(outer(), outer2())


def counter_class():
    class Counter:
        total = 0

        def add(self):
            Counter.total += 1
            return Counter.total

    return Counter


C = counter_class()
print(C().add(), C().add())
