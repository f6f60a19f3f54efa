class Timer:
    depth = 0

    def __enter__(self):
        Timer.depth += 1
        print('  ' * Timer.depth + 'start')
        return self

    def __exit__(self, *exc):
        print('  ' * Timer.depth + 'stop')
        Timer.depth -= 1


with Timer():
    with Timer():
        print('work')


def run():
    with Timer():
        return 'returned from inside with'


print(run())
for i in range(3):
    with Timer():
        if i == 1:
            break
print('loop done')
