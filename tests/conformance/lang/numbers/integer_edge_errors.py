try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print('OverflowError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 7)
    print(pow(2, -1, 7))
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
