# A log-processing pipeline made of generators.
import itertools

LOG = """\
2024-01-01 INFO user=ann action=login
2024-01-01 WARN user=bob action=login failed=1
2024-01-02 INFO user=ann action=upload size=120
2024-01-02 ERROR user=cy action=upload size=0
2024-01-02 INFO user=bob action=login
2024-01-03 INFO user=ann action=logout
2024-01-03 ERROR user=bob action=delete
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(records):
    for line in records:
        date, level, *fields = line.split()
        entry = {'date': date, 'level': level}
        entry.update(f.split('=', 1) for f in fields)
        yield entry


def only(level, entries):
    return (e for e in entries if e['level'] == level)


def numbered(iterable, start=1):
    n = start
    for item in iterable:
        received = yield n, item
        if received is not None:
            n = received
        else:
            n += 1


def chunks(iterable, size):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


entries = list(parse(lines(LOG)))
print(len(entries), entries[1])
for e in only('ERROR', entries):
    print('error:', e['user'], e['action'])
for date, group in itertools.groupby(entries, key=lambda e: e['date']):
    print(date, [e['user'] for e in group])
print(list(chunks(range(7), 3)))
print(list(flatten([1, [2, [3, (4, 5)]], 6])))
gen = numbered('abcde')
print(next(gen), next(gen), gen.send(10), next(gen))
gen.close()
sizes = (int(e.get('size', 0)) for e in entries)
print(list(itertools.accumulate(sizes)))
print(list(itertools.chain.from_iterable([[1, 2], [3]])), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
users = sorted({e['user'] for e in entries})
print(users, list(itertools.combinations(users, 2)))
print(list(itertools.takewhile(lambda x: x < 4, itertools.count(1))))
squares = (x * x for x in range(10))
print(sum(squares), sum(squares))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 12)))
print(next((e for e in entries if e['user'] == 'cy'), None)['action'])
print(any(e['level'] == 'WARN' for e in entries), all(e['date'].startswith('2024') for e in entries))
