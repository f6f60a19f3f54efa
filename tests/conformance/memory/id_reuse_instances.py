class C:
    pass


a = C()
first = id(a)
del a
b = C()
print(id(b) == first)
ids = set()
for _ in range(10):
    ids.add(id(C()))
print(len(ids))
