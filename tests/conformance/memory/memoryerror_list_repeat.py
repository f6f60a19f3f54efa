try:
    x = [0] * (2**61)
except MemoryError as e:
    print('MemoryError', e.args, repr(e))
print('program goes on')
