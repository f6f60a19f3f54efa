print('this never runs')
def broken(x)
    return x
