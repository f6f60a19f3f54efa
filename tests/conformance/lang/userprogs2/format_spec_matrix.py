import itertools
vals = [0, 1, -1, 255, -123456789, 10**20, True, 0.0, -0.0, 1.5, -2.675, 1e-7, 123456.789, 1e300, float('inf'), float('-inf'), float('nan'), 'abc', '', 'é']
fills = ['', 'x<', '0>', '*^', '=', '<', '^']
signs = ['', '+', ' ', '-']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '8', '1']
groups = ['', ',', '_']
precs = ['', '.0', '.3']
types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'z']
n = 0
out = []
for v in vals:
    for f, s, a, z, w, g, p, t in itertools.product(fills, signs, alts, zeros, widths, groups, precs, types):
        n += 1
        if n % 11 != 3: continue
        spec = f + s + a + z + w + g + p + t
        try:
            r = repr(format(v, spec))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        out.append(f'{v!r} {spec!r} {r}')
print('\n'.join(out))
