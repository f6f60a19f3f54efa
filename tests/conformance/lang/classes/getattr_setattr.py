class Config:
    def __init__(self):
        self.debug = False

    def __getattr__(self, name):
        return f'<default {name}>'


c = Config()
print(c.debug, c.missing)
setattr(c, 'level', 3)
print(getattr(c, 'level'), getattr(c, 'nothing', 'fallback'), hasattr(c, 'anything'))
delattr(c, 'level')
print(c.level)
print(sorted(vars(c)))


class Strict:
    pass


s = Strict()
try:
    s.nope
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(s, 'nope', None))
