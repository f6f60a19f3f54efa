class E(Exception):
    def __str__(self):
        raise ValueError('oops')
raise E('x')
