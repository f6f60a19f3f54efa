# Releasing resources with weakref.finalize instead of __del__.
import weakref

log = []


class Connection:
    opened = 0

    def __init__(self, host):
        Connection.opened += 1
        self.host = host
        self._finalizer = weakref.finalize(self, log.append, f'closed {host}')

    def close(self):
        self._finalizer()


c1 = Connection('db1')
c2 = Connection('db2')
c1.close()
c1.close()
del c2
print(log)
print(Connection.opened)
