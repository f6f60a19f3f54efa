# Context managers: a class-based timer-free tracker, contextlib helpers and ExitStack.
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext


class Transaction:
    active = []

    def __init__(self, name):
        self.name = name
        self.ops = []

    def __enter__(self):
        Transaction.active.append(self.name)
        print(f'begin {self.name}')
        return self

    def __exit__(self, exc_type, exc, tb):
        Transaction.active.remove(self.name)
        if exc_type is None:
            print(f'commit {self.name}: {self.ops}')
            return False
        print(f'rollback {self.name}: {exc_type.__name__}: {exc}')
        return issubclass(exc_type, KeyError)

    def do(self, op):
        if op == 'boom':
            raise RuntimeError('operation failed')
        if op == 'missing':
            raise KeyError(op)
        self.ops.append(op)


with Transaction('t1') as t:
    t.do('insert')
    t.do('update')

with Transaction('t2') as t:
    t.do('insert')
    t.do('missing')
print('after t2, active:', Transaction.active)

try:
    with Transaction('t3') as t:
        t.do('boom')
except RuntimeError as e:
    print('propagated:', e)


@contextmanager
def indented(level):
    prefix = '  ' * level
    lines = []
    yield lines.append
    for line in lines:
        print(prefix + line)


with indented(2) as emit:
    emit('first')
    emit('second')


@contextmanager
def temporary(mapping, **changes):
    saved = {k: mapping.get(k) for k in changes}
    mapping.update(changes)
    try:
        yield mapping
    finally:
        for k, v in saved.items():
            if v is None:
                del mapping[k]
            else:
                mapping[k] = v


settings = {'debug': False, 'level': 1}
with temporary(settings, debug=True, extra='x') as s:
    print('inside', s)
print('outside', settings)

with suppress(FileNotFoundError, ZeroDivisionError):
    print('dividing')
    1 / 0
    print('never')

with ExitStack() as stack:
    txs = [stack.enter_context(Transaction(f'nested{i}')) for i in range(3)]
    for i, tx in enumerate(txs):
        tx.do(f'op{i}')
    stack.callback(lambda: print('stack callback'))


class Connection:
    def __init__(self):
        self.open = True

    def close(self):
        self.open = False
        print('connection closed')


with closing(Connection()) as conn:
    print('open?', conn.open)
print('open?', conn.open)
for value in (None, 'given'):
    with (nullcontext(value) if value else Transaction('fallback')) as cm:
        print('cm is', cm if isinstance(cm, str) else cm.name)
with Transaction('a') as a, Transaction('b') as b:
    a.do('x')
    b.do('y')
