# An instance's materialised __dict__ is tracked only if a value may be tracked.
import gc


class P:
    pass


p = P()
p.x = 1
p.y = 'two'
print(gc.is_tracked(p), gc.is_tracked(p.__dict__))
q = P()
q.items = []
print(gc.is_tracked(q.__dict__))
