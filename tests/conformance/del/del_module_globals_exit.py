# Globals alive at exit: __del__ runs during interpreter shutdown.
class Tracker:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('exit del', self.n)


t1 = Tracker(1)
t2 = Tracker(2)
items = [Tracker(3)]
print('main done')
