try:
    s = 'a' * (2**62)
except MemoryError as e:
    print(type(e).__name__, e.args)
try:
    b = bytearray(2**62)
except MemoryError:
    print('bytearray MemoryError')
try:
    t = (1, 2) * (2**61)
except MemoryError:
    print('tuple MemoryError')
