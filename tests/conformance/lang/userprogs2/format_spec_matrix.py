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
# Every 29th spec of the grammar's combinations, each applied to every value.
specs = [''.join(parts) for parts in itertools.product(fills, signs, alts, zeros, widths, groups, precs, types)][3::29]
out = []
for v in vals:
    for spec in specs:
        try:
            r = repr(format(v, spec))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        out.append(f'{v!r} {spec!r} {r}')
print('\n'.join(out))
