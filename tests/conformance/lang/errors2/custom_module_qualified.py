class Boom(Exception):
    pass
Boom.__module__ = 'mylib.errors'
raise Boom('bang')
