def pair():
    value = 0

    def get():
        return value

    def put(v):
        nonlocal value
        value = v

    return get, put


get, put = pair()
put(42)
print(get())
print(get.__closure__[0] is put.__closure__[0])
print(type(get.__closure__[0]).__name__)
