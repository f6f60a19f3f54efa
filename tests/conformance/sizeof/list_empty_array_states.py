# A list emptied in different ways keeps (or drops) its item array the way CPython does,
# which decides how much room the next extend/append gives it.
import sys


def show(label, l):
    print(f"{label:38} len={len(l)} size={sys.getsizeof(l)}")


def emptied(how):
    l = [1, 2, 3]
    if how == "clear":
        l.clear()
    elif how == "del[:]":
        del l[:]
    elif how == "del[::2] x2":
        del l[::2]
        del l[::2]
    elif how == "pop x3":
        l.pop(); l.pop(); l.pop()
    elif how == "*= 0":
        l *= 0
    elif how == "[:] = []":
        l[:] = []
    elif how == "del[::2] then [:] = []":
        del l[::2]
        del l[::2]
        l[:] = []
    elif how == "del[::2] then [-5:] = ()":
        del l[::2]
        del l[::2]
        l[-5:] = ()
    elif how == "remove all":
        for x in (1, 2, 3):
            l.remove(x)
    return l


for how in ["clear", "del[:]", "del[::2] x2", "pop x3", "*= 0", "[:] = []",
            "del[::2] then [:] = []", "del[::2] then [-5:] = ()", "remove all"]:
    l = emptied(how)
    show(how, l)
    l.extend([8, 1, 6, 0])
    show(how + " + extend 4", l)
    l = emptied(how)
    l += (5, 6, 7)
    show(how + " += tuple 3", l)
    l = emptied(how)
    l.append(1)
    show(how + " + append", l)
    l = emptied(how)
    l[0:0] = [1, 2, 3, 4, 5]
    show(how + " + slice insert 5", l)
