import math
for v in [27, 8, 1, 2, 3, -27, 0.001, 1e300, 1e-300, 5e-324, 64, 1000, 0.125, -0.0, 0.0, 125, 343, 1e-310, float("inf"), -float("inf"), 10, 100, 0.5, 2 ** 0.5]:
    print(v, math.cbrt(v), round(math.cbrt(v) ** 3, 9))
print(math.cbrt(float("nan")))
volumes = [1, 8, 27, 64, 100, 729, 1331]
for vol in volumes:
    side = math.cbrt(vol)
    print(f"cube of volume {vol:5d} has side {side!r:>22} (rounded {round(side, 6)})")
