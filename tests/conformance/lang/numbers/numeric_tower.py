values = [3, 3.0, True, 2 ** 70, 1 + 0j]
for v in values:
    print(type(v).__name__, v + 1, hash(v) == hash(v + 0), v == 3)
print(1 + 2.0, 3 * True, 2 ** 0.5 > 1, 10 / 5, type(10 / 5).__name__, type(10 // 5).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0.5), hash(2 ** 61 - 1), hash(2 ** 61))
