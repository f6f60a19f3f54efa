class R:
    def __del__(self):
        print('R freed')


def work():
    r = R()
    print('in work')
    return 1


print(work())
print('after work')


def keep():
    r = R()
    return r


k = keep()
print('kept')
del k
print('done')
