# A chain of handled exceptions with notes, ending uncaught.
class Node:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Node(%s)' % self.vv
print('start')
try:
    print([Node(1)])
except AttributeError as e:
    import traceback
    traceback.print_exc()
def load(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f'missing {k!r}')
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('parse failed') from e
def run():
    try:
        parse('abc')
    except RuntimeError as e:
        e.add_note('while running')
        e.add_note('second note')
        load({}, 'key')
run()
