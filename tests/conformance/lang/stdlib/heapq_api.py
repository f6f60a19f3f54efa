import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [], [0, 11])))
print(list(heapq.merge([9, 4, 1], [8, 3, 2], reverse=True)))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd'], key=len, reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge([(1, 'b'), (2, 'a')], [(1, 'a'), (3, 'z')])))
pairs = list(heapq.merge([(1, 'first')], [(1, 'second')], key=lambda p: p[0]))
print(pairs)
nums = [5, 2, 9, 1, 5, 6, 10, -3, 7]
for n in [-1, 0, 1, 3, 9, 20]:
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(2, iter(words)))
print(heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
print(heapq.nlargest(2, [(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs), heapq.nlargest(1, {3: 'x', 8: 'y'}))
print(sorted(heapq.__all__))
for call in [lambda: heapq.heappop([]), lambda: heapq.heappush(None, 1), lambda: heapq.heapify((1,)),
             lambda: heapq.heapreplace([], 1), lambda: list(heapq.merge([1], 5))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
g = heapq.merge([1, 3], [2])
print(next(g), type(g).__name__)
