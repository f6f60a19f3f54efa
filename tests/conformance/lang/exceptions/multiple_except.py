def risky(kind):
    if kind == 'key':
        {}['x']
    if kind == 'index':
        [][1]
    if kind == 'type':
        1 + 'a'
    if kind == 'zero':
        1 // 0
    return 'fine'


for kind in ['key', 'index', 'type', 'zero', 'none']:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print('lookup:', type(e).__name__, e)
    except TypeError as e:
        print('type:', e)
    except Exception as e:
        print('other:', type(e).__name__, e)
