
z = 3 + 4j
for spec in ["", ".2f", "10.3f", "<20", ">20.1e", "^24g", "+.1f", "g", ".3", "e", "=^30.2f", "010.2f", "%", "d"]:
    try:
        print(repr(format(z, spec)), repr(format(-1.5 - 0j, spec)), repr(format(2j, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(f"{z:.1f}", f"{z}", "{:.2f}".format(1j), abs(z))
print(z.real, z.imag, z == complex(3, 4), z * 1j, z / 2, z ** 2, pow(z, 0.5), complex("1-2j"), -z, +z, bool(0j), hash(1+0j) == hash(1))
import itertools
vals = [0j, -0.0 + 0j, complex(-0.0, -0.0), 1 + 1j, -2.5 - 1e-7j, complex(1e20, 1e-20), complex(float("inf"), float("nan")), complex(0, -3), 12345.678 + 9876.5j]
specs = ["", ".0", ".3", "g", ".2g", "G", "e", ".1E", "f", ".2F", "n", ",.2f", "_", "+", " ", "-", "#", "#.0f", "z.1f", "<30", ">30.3", "^30,", "*^30g", "30", "x<25.1e"]
for v, s in itertools.product(vals, specs):
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except ValueError as e:
        print(repr(v), repr(s), "ValueError:", e)
