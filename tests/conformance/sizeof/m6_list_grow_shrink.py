import sys
# list growth/shrink
lst = []
prev = sys.getsizeof(lst)
print("empty", prev)
for i in range(40):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != prev:
        print("append ->", len(lst), s)
        prev = s
while lst:
    lst.pop()
    s = sys.getsizeof(lst)
    if s != prev:
        print("pop ->", len(lst), s)
        prev = s
lst = list(range(10))
lst.clear(); print("clear", sys.getsizeof(lst))
lst.extend(range(5)); print("extend 5", sys.getsizeof(lst))
lst.extend([1]*7); print("extend 7", sys.getsizeof(lst))
lst[2:4] = range(20); print("slice assign", len(lst), sys.getsizeof(lst))
lst[:] = []; print("slice clear", sys.getsizeof(lst))
del lst[:]; print("del slice", sys.getsizeof(lst))
print("[0]*n", [sys.getsizeof([0]*n) for n in range(8)])
print("comp", [sys.getsizeof([i for i in range(n)]) for n in range(12)])
print("list(range)", [sys.getsizeof(list(range(n))) for n in range(12)])
print("list(gen)", [sys.getsizeof(list(i for i in range(n))) for n in range(12)])
print("list(tuple)", [sys.getsizeof(list(tuple(range(n)))) for n in range(6)])
print("literal", sys.getsizeof([1,2,3]), sys.getsizeof([1,2,3,4,5]))
print("copy", sys.getsizeof(list(range(9)).copy()), sys.getsizeof(list(range(9))[:]))
x = [1,2,3]; x *= 4; print("imul", sys.getsizeof(x))
x = [1,2,3] + [4]; print("add", sys.getsizeof(x))
x = sorted(range(9)); print("sorted", sys.getsizeof(x))
x = [1]; x.insert(0, 2); x.insert(0,3); x.insert(0, 4); x.insert(0, 5); print("insert", sys.getsizeof(x))
x = list("hello world"); print("list(str)", sys.getsizeof(x))
x = "a b c d e".split(); print("split", sys.getsizeof(x))
x = list({1:2, 3:4}); print("list(dict)", sys.getsizeof(x))
x = list({1, 2, 3}); print("list(set)", sys.getsizeof(x))
x = [*range(5)]; print("unpack", sys.getsizeof(x))
x = [*range(5), *range(3)]; print("unpack2", sys.getsizeof(x))
x = list(map(str, range(7))); print("list(map)", sys.getsizeof(x))
x = list(reversed(range(7))); print("list(reversed)", sys.getsizeof(x))
x = list(range(100)); del x[10:]; print("del tail", sys.getsizeof(x))
x = list(range(100)); x[10:] = []; print("assign tail", sys.getsizeof(x))
x = list(range(100)); 
for _ in range(95): x.pop(0)
print("pop(0)", sys.getsizeof(x))
x = list(range(100)); x.remove(5); print("remove", sys.getsizeof(x))
