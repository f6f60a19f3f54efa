print(type(None)(), type(...)(), type(NotImplemented)())
for t in (type(None), type(...), type(NotImplemented)):
    try:
        t(1)
    except TypeError as e:
        print(e)
    try:
        t(a=1)
    except TypeError as e:
        print(e)
