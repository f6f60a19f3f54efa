# A tutorial classic: make reference cycles in a loop, then count what gc.collect() finds.
import gc


class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []

    def befriend(self, other):
        self.friends.append(other)
        other.friends.append(self)


def make_friends(n):
    for i in range(n):
        a, b = Person(f'a{i}'), Person(f'b{i}')
        a.befriend(b)


print('start', gc.get_count())
make_friends(1000)
print('after', gc.get_count())
print('unreachable found:', gc.collect())
print('end', gc.get_count())
