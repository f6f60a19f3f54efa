print('allocating')
huge = [None] * (2**61)
print('not reached')
