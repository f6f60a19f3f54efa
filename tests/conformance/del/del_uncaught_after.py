# The program ends with an uncaught exception; pending __del__ still runs at shutdown.
class Log:
    def __del__(self):
        print('Log.__del__')


log = Log()
print('about to fail')
raise RuntimeError('fatal')
