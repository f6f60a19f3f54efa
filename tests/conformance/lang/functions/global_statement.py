counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def shadow():
    counter = 100
    return counter


print(shadow(), counter)


def make_global():
    global created
    created = 'yes'


make_global()
print(created)
