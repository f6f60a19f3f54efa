class Bad:
    def __repr__(self):
        raise RuntimeError('repr broke')
print([1, Bad()])
