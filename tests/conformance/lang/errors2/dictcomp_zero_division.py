keys = ['a', 'b']
d = {k: len(k) / (len(k) - 1) for k in keys}
