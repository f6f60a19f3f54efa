import sys, math
x = math.factorial(1000)
print(len(str(x)))
try:
    print(len(str(math.factorial(2000))))
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits(), sys.int_info.str_digits_check_threshold)
sys.set_int_max_str_digits(10000)
print(len(str(math.factorial(2000))), len(repr(2 ** 20000)))
print(hex(2 ** 20000)[:10], f"{2**14000:x}"[:5])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
