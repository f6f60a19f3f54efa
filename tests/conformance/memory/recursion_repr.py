# Deeply nested containers: repr hits the recursion limit.
l = []
for i in range(100_000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError:', e)
print(len(repr([[[[1]]]])))
