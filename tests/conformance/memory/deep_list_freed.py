# A 100,000-deep nested list is freed without overflowing any stack.
l = []
for i in range(100_000):
    l = [l]
print('built')
del l
print('freed')
d = {}
for i in range(100_000):
    d = {'d': d}
d = None
print('dict chain freed')
t = ()
for i in range(100_000):
    t = (t,)
t = None
print('tuple chain freed')
