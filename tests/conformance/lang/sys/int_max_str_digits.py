import sys
print(sys.get_int_max_str_digits())
for v in (100, 639, 640, 0, -1):
    try:
        sys.set_int_max_str_digits(v)
        print('ok', v, sys.get_int_max_str_digits())
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits()
except Exception as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 800)
except ValueError as e:
    print(e)
try:
    int('9' * 701)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), len(str(int('7' * 6000))))
try:
    sys.set_int_max_str_digits('x')
except TypeError as e:
    print(e)


class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)


x = MyInt(5)
x += 1
print(x, type(x).__name__)
items = [1]
items += (2, 3)
s = {1}
s |= {2}
print(items, s)


class L(list):
    pass


lst = L([1])
lst += [2]
print(lst, type(lst).__name__)
