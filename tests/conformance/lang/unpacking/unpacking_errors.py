cases = ['a, b = [1, 2, 3]', 'a, b, c = (1, 2)', 'a, *b, c = [1]', 'a, b = 1']
for src in cases:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
