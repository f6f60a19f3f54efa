def gen():
    it = iter([1])
    while True:
        yield next(it)
print(list(gen()))
