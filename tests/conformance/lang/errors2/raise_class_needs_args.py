class E(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
raise E
