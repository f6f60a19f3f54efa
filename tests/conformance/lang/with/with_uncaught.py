class Guard:
    def __enter__(self):
        print('acquire')
        return self

    def __exit__(self, *exc):
        print('release')


with Guard():
    print('working')
    raise KeyError('lost key')
