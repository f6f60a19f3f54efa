class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
    def __format__(self, spec): return f"P<{spec}>"
p = P()
x, y, name = 3.14159, 42, "Ann"
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:xyz}", f"{p!r:>6}", f"{p=}", f"{p=!s}", f"{p=:abc}", f"{x=:.2f}", f"{y=:#x}", f"{name=}", f"{name = !r:^9}")
print(f"{'nested'}", f"{x:{'>'}{10}.{3}}", f"{{{y}}}", f"{y:{'0'}>{5}}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda a: a * 2)(3)}", f"{y if y > 40 else 0}")
print(f"{x!r:>12}", f"{-x:+.1e}", f"{y:_b}", f"{y:c}", f"{'é'!a}", f"{3+4j:.1f}", f"{True:>5}", f"{None!s:>5}", f"{1e20:,.0f}")
w = 8
print(f"{'left':<{w}}|{'right':>{w}}|{'mid':^{w}}|", f"{x:{w}.{w - 5}f}", f"{y:0{w}d}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for n, pr, q in items:
    print(f"{n:<10}{pr:>8.2f}{q:>5d}{pr * q:>10.2f}")
print(f"{'total':<10}{sum(p * q for _, p, q in items):>23.2f}")
print(f"""{
    y
}""", f"{y!r}" f"{x}" "plain", f"{'a' 'b'}")
