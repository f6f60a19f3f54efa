# Walrus, star-unpacking and comprehensions in everyday data wrangling.
import re

records = ['ann:31:paris', 'bob:25:rome', 'cy:40:oslo', 'dee:19:paris', 'broken', 'eve:33:rome']

people = []
for rec in records:
    if (parts := rec.split(':')) and len(parts) == 3:
        name, age, city = parts
        people.append((name, int(age), city))
print(people)

first, *middle, last = people
print(first[0], [p[0] for p in middle], last[0])
(name, age, _), *rest = people
print(name, age, len(rest))
head, *tail = 'x'
print(head, tail)
*init, final = range(5)
print(init, final)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)

by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
ages = {name: age for name, age, _ in people}
adults = {name for name, age in ages.items() if age >= 21}
print(sorted(adults), {city: len(names) for city, names in by_city.items()})
print([(n, a) for n, a, c in people if (decade := a // 10) == 3], decade)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[i] for i, row in enumerate(grid)], [x for row in grid for x in row if x % 2])
transposed = list(zip(*grid))
print(transposed)
merged = {**{'a': 1, 'b': 2}, **{'b': 3, 'c': 4}}
print(merged, [*range(3), *'ab'], {*'aab', *'bc'} == {'a', 'b', 'c'})


def stats(*values, precision=2, **labels):
    total = sum(values)
    return {**labels, 'n': len(values), 'mean': round(total / len(values), precision)}


print(stats(*[3, 4, 8], precision=1, **{'unit': 'kg'}))
data = '10 apples, 3 pears, 25 plums'
print([(int(m.group(1)), m.group(2)) for m in re.finditer(r'(\d+) (\w+)', data)])
counts = {}
text = 'the cat and the hat and the bat'
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
chunks = [text[i:i + 7] for i in range(0, len(text), 7)]
print(chunks)
numbers = [5, 3, 8, 1]
while (n := numbers.pop()) != 8:
    print('popped', n)
print('stopped at', n, numbers)
pairs = [(1, 'one'), (2, 'two')]
for i, (num, word) in enumerate(pairs, start=1):
    print(i, num, word)
swapped = {v: k for k, v in dict(pairs).items()}
print(swapped, list(map(lambda p: p[1].upper(), pairs)))
