def two(a, b):
    return a, b


calls = [lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, c=2), lambda: two(1, 2, a=3)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
