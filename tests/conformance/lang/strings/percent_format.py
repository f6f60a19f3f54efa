print('%s is %d years' % ('Ann', 30))
print('%5.2f|%-5d|%05d|%x|%r' % (3.14159, 7, 42, 255, 'q'))
print('%(a)s-%(b)s' % {'a': 1, 'b': 2})
print('%c%c' % (72, 'i'), '%%', '%e' % 12345.678)
print('{} and {}'.format('x', 'y'), '{1}{0}'.format('a', 'b'), '{k}'.format(k=5))
print('{:>6.2f}|{:<4}|{:^7}|'.format(2.5, 'ab', 'mid'))
print(format(1234.5, ',.1f'), format(255, '08b'), format('s', '>3'))
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
