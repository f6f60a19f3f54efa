# Dropping the last reference runs __del__ at once, no collection needed.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('freed', self.name)


a = Noisy('a')
print('before del')
del a
print('after del')
b = Noisy('b')
b = Noisy('c')
print('rebound')
l = [Noisy('x'), Noisy('y')]
l.pop(0)
print('popped')
l.clear()
print('cleared')
