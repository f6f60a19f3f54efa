import io
import sys


def describe(stream):
    kinds = [name for name, cls in [('text', io.TextIOBase), ('binary', io.BufferedIOBase),
                                    ('raw', io.RawIOBase), ('io', io.IOBase)] if isinstance(stream, cls)]
    return f'{type(stream).__name__:<14} {",".join(kinds)}'


class Tee:
    """Writes to several text streams at once."""
    def __init__(self, *streams):
        for s in streams:
            if not isinstance(s, io.TextIOBase):
                raise TypeError(f'{type(s).__name__} is not a text stream')
        self.streams = streams

    def write(self, text):
        return [s.write(text) for s in self.streams][0]


for s in [sys.stdout, sys.stderr, sys.stdin, io.StringIO(), io.BytesIO()]:
    print(describe(s))
print(type(io.IOBase).__name__, issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.TextIOBase))

memory = io.StringIO()
tee = Tee(sys.stdout, memory)
n = tee.write('hello through the tee\n')
print(n, repr(memory.getvalue()))
print('to stderr', file=Tee(sys.stderr))
try:
    Tee(io.BytesIO())
except TypeError as e:
    print('TypeError:', e)


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print('shout', 42, sep='-', file=u)
print(u.parts, isinstance(u, io.IOBase), u.writable(), u.readable())
Tee(sys.stdout, b'not a stream')
