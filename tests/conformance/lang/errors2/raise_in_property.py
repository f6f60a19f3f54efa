class T:
    def __init__(self):
        self._c = None
    @property
    def celsius(self):
        return self._c * 9 / 5 + 32
print(T().celsius)
