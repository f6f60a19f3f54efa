# (key, value) in d.items() looks the key up and compares the value it found, held while
# __eq__ runs: an __eq__ that clears the dict cannot free it (CPython's test_dict checks this).
class X:
    def __eq__(self, other):
        d.clear()
        return NotImplemented
d = {0: set()}
print((0, X()) in d.items(), d)
d = {1: 'a', 2: [1]}
print((1, 'a') in d.items(), (2, [1]) in d.items(), (3, 1) in d.items(), 1 in d.items(), (1,) in d.items(), [1, 'a'] in d.items())
try: ([], 1) in d.items()
except TypeError as e: print(e)
nan = float('nan'); d = {1: nan}
print((1, nan) in d.items(), (1, float('nan')) in d.items())
