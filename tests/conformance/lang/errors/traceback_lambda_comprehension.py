parse = lambda s: int(s)
values = ['1', '2', 'x']
print([parse(v) for v in values])
