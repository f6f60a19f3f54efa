# Assigning a name, then declaring it global again.
counter = 0


def bump():
    global counter
    counter += 1
    global counter
    return counter
