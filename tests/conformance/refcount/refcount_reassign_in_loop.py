class C:
    count = 0

    def __init__(self):
        C.count += 1
        self.n = C.count

    def __del__(self):
        print('del', self.n)


x = None
for i in range(3):
    x = C()
    print('made', x.n)
print('loop done')
del x
