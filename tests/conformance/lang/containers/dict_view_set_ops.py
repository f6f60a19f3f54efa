# dict_keys and dict_items as sets: & | - ^ with any iterable on either side, comparisons, isdisjoint.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys(); it = d.items()
print(sorted(k & {"a", "z"}), sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted({"a", "z"} & k), sorted(["b", "y"] - k), sorted(("x",) | k), sorted({"a"} ^ k))
print(sorted(it & {("a", 1), ("b", 5)}), sorted(it - {("a", 1)}), sorted(k & {"a": 0}.keys()), type(k & set()).__name__)
print(k <= {"a", "b", "c", "d"}, k < {"a"}, k == {"a", "b", "c"}, it >= {("a", 1)}, k.isdisjoint({"z"}), {"a": 1}.items() <= d.items())
try:
    d.values() & {1}
except TypeError as e:
    print("TypeError:", e)
try:
    k & 5
except TypeError as e:
    print("TypeError:", e)
common = {"x": 1, "y": 2}.keys() & {"y": 3, "z": 4}.keys()
print(common, {"x": 1}.keys() - {"x"})
