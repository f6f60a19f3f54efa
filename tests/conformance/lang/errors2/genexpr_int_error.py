data = ['1', '2', 'x']
total = sum(int(s) for s in data)
