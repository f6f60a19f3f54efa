# cmath with infinite and nan parts: CPython's special values, errors, log bases, phase, polar and rect.
import cmath, math
inf, nan = math.inf, math.nan
vals = [-inf, -2.5, -1.0, -0.0, 0.0, 0.3, 2.5, inf, nan]
for f in ['exp','log','log10','sqrt','acos','acosh','asin','asinh','atan','atanh','cos','cosh','sin','sinh','tan','tanh']:
    out = []
    for x in vals:
        for y in vals:
            try:
                out.append(repr(getattr(cmath, f)(complex(x, y))))
            except Exception as e:
                out.append(type(e).__name__)
    print(f, ' '.join(out))
for x in vals:
    for y in vals:
        try: r = cmath.log(complex(x, y), 2)
        except Exception as e: r = type(e).__name__
        try: ph = cmath.phase(complex(x, y)); po = cmath.polar(complex(x, y))
        except Exception as e: ph = po = type(e).__name__
        print(r, ph, po, end=' | ')
print()
for r in vals:
    for phi in vals:
        try: print(cmath.rect(r, phi), end=' ')
        except Exception as e: print(type(e).__name__, end=' ')
print()
