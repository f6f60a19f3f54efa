def find(xs, v):
    for x in xs:
        if x == v:
            return x
find([1, 2], 3).bit_length()
