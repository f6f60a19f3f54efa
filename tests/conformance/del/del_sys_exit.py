import sys


class Cleanup:
    def __del__(self):
        print('cleanup at exit')


c = Cleanup()
print('exiting with 3')
sys.exit(3)
