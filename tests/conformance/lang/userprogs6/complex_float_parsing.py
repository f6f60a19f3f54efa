vals = [1 + 0j, -0j, 0j, complex(0, -0.0), complex(-0.0, 0), 1j, -1j, complex(1e20, 1e-20), complex(float("inf"), float("nan")), 3 + 4j, complex("-1.5e3-2j"), complex(" 5 "), complex(2)]
print([repr(v) for v in vals])
print([str(v) for v in vals], [format(v, ".2f") for v in vals[:4]], format(3 + 4j, "^20"), f"{1j:g}", abs(-3 - 4j), (1 + 2j) ** 2, (1 + 2j) / (3 - 4j), 2 ** 1j)
for s in ["1_000.5", "1__0.5", "nan", "-inf", "+1.5E+3", "0x10", ".5e-3", "5.", "1e", "in f", "١٢٣.٤"]:
    try: print(repr(s), float(s))
    except ValueError as e: print("ValueError:", e)
for s in ["1+2j", "(1+2j)", "1 + 2j", "j", "-j", "1e3j", "abc"]:
    try: print(repr(s), complex(s))
    except ValueError as e: print("ValueError:", e)
import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000); print(len(str(10 ** 5000)))
print(int("9" * 5000) % 97, f"{10**30:e}", f"{10**30:,}"[:12], (10 ** 30).__format__("_"), 12345678901234567890 * 98765432109876543210)
