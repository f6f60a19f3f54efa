items = [(1, 'a'), (2, None)]
items.sort(key=lambda p: p[1].upper())
