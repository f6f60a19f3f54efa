import copy, sys
s = slice(1, 10)
print(copy.copy(s) is s, copy.deepcopy(s) is s)
try:
    hash(s)
except TypeError as e:
    print(e)
print(slice(10, 20, 3).indices(sys.maxsize*4), slice(-2**100, 2**100, 2**70).indices(10))
print(slice(None, None, -2**100).indices(10))
print(slice(0, 10, 1).indices(2**100))
try: slice(0,1,0).indices(5)
except ValueError as e: print(e)
try: slice(0,1).indices(-1)
except ValueError as e: print(e)
print(copy.copy(property()) is not None, copy.copy(range(3)))
