nums = [4, -2, 9, 0]
print(min(nums), max(nums), min(3, 1, 2), max('apple', 'fig', key=len), min([], default='empty'))
print(sum(nums), sum(nums, 100), sum([[1], [2]], []), sum(x / 2 for x in nums))
print(max({'a': 3, 'b': 5}, key=lambda k: {'a': 3, 'b': 5}[k]))
print(abs(-3), abs(-2.5), round(3.14159, 3), round(1234, -2), divmod(17, 5), pow(2, 10), pow(2, 10, 1000))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
