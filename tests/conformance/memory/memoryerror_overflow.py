# Sizes too big even to compute are OverflowError, not MemoryError.
try:
    [0] * (2**64)
except OverflowError as e:
    print('OverflowError:', e)
try:
    'a' * (2**63)
except OverflowError as e:
    print('OverflowError:', e)
print(isinstance(MemoryError(), Exception), MemoryError.__mro__[1].__name__)
