def f():
    try:
        pass
    except* E:
        for i in x:
            break
        return 1
