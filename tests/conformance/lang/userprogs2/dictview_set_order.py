d = {"a": 1, "b": 2, "c": 3, "d": 4}
k, it = d.keys(), d.items()
s = {"a", "z", "c", "q", "b", "e", "f", "g", "h"}
print(k | {"z"}, {"z"} | k, k - {"a"}, k ^ {"a", "q"}, k & {"a", "z"}, {"a", "z"} & k, k & s, s & k, k & ["d", "a", "x", "c"], it & {("a", 1)}, it | {("q", 0)})
print(k & d.keys(), {1: 2}.keys() & k, k - ["a"], ["a"] - k if False else "", k ^ k, it - {("a", 1)})
big = {str(i): i for i in range(20)}
print(big.keys() & {"3", "17", "x"}, big.keys() | {"x"}, big.keys() - {str(i) for i in range(15)})
d = {"a": 1, "b": 2, "c": 3, "d": 4}
s = set(d); s.add("z"); print(s)
s = set(d); s.update({"z"}); print(s)
s = set(d); s.update(["z"]); print(s)
s = set("abcd"); s.update({"z"}); print(s)
