l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::2], l[1::3], l[::-1], l[-2:2:-2], l[5:2])
print(l[100:], l[-100:2], l[2:100:4])
print(l[slice(1, 4)], slice(1, 4).indices(10), slice(None, None, -1).indices(5))
