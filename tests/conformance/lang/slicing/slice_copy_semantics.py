orig = [[1], [2], [3]]
copy = orig[:]
copy.append([4])
copy[0].append(10)
print(orig, copy, copy is orig, copy[0] is orig[0])
s = 'abcdef'
print(s[:] is s, s[1:4], s[-1:-4:-1])
t = (1, 2, 3)
print(t[:] is t, t[0:2])
