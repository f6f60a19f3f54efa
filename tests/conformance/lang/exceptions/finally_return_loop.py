def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out


print(loop_with_finally())


def swallow():
    try:
        raise KeyError('lost')
    finally:
        return 'finally wins'


print(swallow())
