import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.float_info.epsilon, sys.float_info[0], sys.float_info.max * 2, sys.hash_info.modulus, len(sys.float_info), isinstance(sys.float_info, tuple))
print(type(sys.float_info).__name__, sys.float_info.dig, 1.0 + sys.float_info.epsilon > 1.0, sys.float_info.min / 2 > 0)
eps, *_ = sys.float_info[8:]
print(eps)
