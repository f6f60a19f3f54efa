class E(Exception):
    def __str__(self):
        return str(self)
try:
    raise E()
except E as e:
    try:
        print(e)
    except RecursionError as r:
        print('recursion:', r)
