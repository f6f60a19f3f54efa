class A:
    pass
A(1, 2)
