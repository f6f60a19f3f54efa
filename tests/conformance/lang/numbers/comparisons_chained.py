x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2)
print(3 < 3.5, True == 1, False < True, 2 ** 53 == 2.0 ** 53, 10 ** 20 > 1e19)
print([1, 2] < [1, 3], (1, 'b') > (1, 'a'), 'abc' < 'abd', [1] == [1.0])
try:
    1 < 'a'
except TypeError as e:
    print('TypeError:', e)
print(None is None, None == 0, 0 == 0.0 == False)
