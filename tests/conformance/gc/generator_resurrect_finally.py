# PEP 442: the finally block of a collected generator stores its owner in a global. The
# resurrected objects survive this collection (nothing is freed), and a later collection
# does not close the generator again.
import gc

gc.collect()
saved = []


class Job:
    def __init__(self):
        self.steps = self.run()
        next(self.steps)

    def run(self):
        try:
            yield 'step'
        finally:
            print('finally runs once')
            saved.append(self)


j = Job()
del j
print('collected', gc.collect())
print('saved', len(saved), 'frame', saved[0].steps.gi_frame, 'finalized', gc.is_finalized(saved[0].steps))
saved.clear()
print('collected', gc.collect())
print('collected', gc.collect())
