class File:
    def __init__(self, name):
        self.name = name
        print('open', name)

    def __del__(self):
        print('close', self.name)


def use():
    f = File('a.txt')
    g = File('b.txt')
    print('using')


use()
print('back')
