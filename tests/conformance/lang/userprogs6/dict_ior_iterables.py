d = {}
for x in [5, [1], [(1, 2, 3)], "ab", {"k": 1}.items()]:
    try:
        d |= x
        print(d)
    except Exception as e:
        print(type(e).__name__, e)
class D(dict): pass
e = D(a=1); e |= [("b", 2)]; print(e, type(e))
