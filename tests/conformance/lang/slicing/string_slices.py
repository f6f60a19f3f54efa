s = 'Hello, World'
print(s[0], s[-1], s[7:], s[:5], s[::-1], s[::3], s[-5:-1], s[3:3] == '')
try:
    s[20]
except IndexError as e:
    print('IndexError:', e)
print(b'bytes'[1:3], b'bytes'[1], (1, 2, 3, 4)[1::2], range(10)[2:8:3], list(range(10)[::-3]))
