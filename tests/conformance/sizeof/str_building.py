import sys

s = ''
sizes = []
for i in range(6):
    s += 'ab'
    sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof(' '.join(['word'] * 5)), sys.getsizeof('-'.join('abc')))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof(f'{7:>5}'))
