name, n, pi = 'pymm', 42, 3.14159265
print(f'{name!r} {name:>8} {name:<8}| {name:^8}|')
print(f'{n:5d} {n:05d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:,} {1234567:_}')
print(f'{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {0.5:%} {12.0:g}')
print(f'{n + 1} {[1, 2][0]} {"nested"} {n!s} {n=} {pi=:.1f}')
width = 6
print(f'{n:{width}} {"x":*^{width}}')
print(f'{{literal}} {-n:+d} {n:+d} {-0.0}')
