import sys
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make_cycle(name):
    a = Noisy(name + "-a"); b = Noisy(name + "-b")
    a.peer = b; b.peer = a
make_cycle("cyc")
first = Noisy("first")
second = Noisy("second")
holder = [Noisy("in-list-1"), Noisy("in-list-2")]
mapping = {"k": Noisy("in-dict")}
last = Noisy("last")
_private = Noisy("_private")
class Keeper:
    inst = Noisy("class-attr")
def func(arg=Noisy("default-arg")):
    pass
import collections
dq = collections.deque([Noisy("in-deque")])
t = (Noisy("in-tuple"),)
print("main done")
