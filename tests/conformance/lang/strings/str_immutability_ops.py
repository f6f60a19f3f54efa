s = 'abc'
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
print(s * 3, 'x' + s, s in 'xxabcxx', 'd' not in s, s < 'abd', 'B' < 'a')
print(list(s), tuple(s), list(reversed(s)), ''.join(reversed(s)))
print(str(12), str(1.5), str(None), str([1, 'a']), repr('it\'s'), repr("q\"d"), repr('\n\t\\'))
print('a' 'b' 'c', len(''), bool(''), bool(' '))
print(min('hello'), max('hello'), sorted('hello'), 'hello'.count('l'))
