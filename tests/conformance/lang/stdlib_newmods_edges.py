import statistics as st, fractions, textwrap as tw, pprint
F = fractions.Fraction
for s in ['1.5/2', '1_0.5', '10_000.000_1', 'nan', '1e1_0', '0x10', '٣', '²', '1/٣', '.5e', '5.', '-0', '+.5', '3 /4', '1/2 ', '\t3/4\n', '1e-0', '1E+1_0']:
    try: print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e: print(repr(s), type(e).__name__, e)
print(F(10**30, 7) * F(7, 10**30), F(-0.0), F(2**-1074), F(1.7976931348623157e308).numerator.bit_length())
print(st.mean([True, True, False]), st.median([True, False, True]), st.mean([1, True]), st.variance([True, False, True, True]))
class I(int): pass
print(type(st.mean([I(2), I(4)])).__name__, st.mean([I(2), I(4)]))
print(st.mean([F(1, 2), 0.5]), type(st.mean([F(1, 2), 0.5])).__name__, st.mean([F(1, 2), 1]), type(st.mean([F(1, 2), 1])).__name__)
print(st.stdev([10**20, 10**20 + 1, 10**20 + 2]), st.pvariance([10**20, 10**20 + 1, 10**20 + 2]), st.stdev([1e-300, 2e-300, 3e-300]))
print(st.quantiles([1, 2], n=5), st.quantiles([F(1, 2), F(3, 2), F(7, 3)], n=3), st.quantiles([1.0, 3.0], n=2, method='inclusive'))
print(tw.wrap('a\u00a0b c\u2003d e', 3), tw.wrap('x\u3000y z', 2), tw.fill('über-cool naïve-ish café-bar', 8))
print(tw.dedent('\u00a0 a\n\u00a0 b'), repr(tw.dedent('  a\n\t b')), repr(tw.dedent('')), repr(tw.indent('', '>')))
print(pprint.pformat(['日本語' * 20], width=30))
print(pprint.pformat('日本語テキスト ' * 10, width=30))
print(pprint.pformat({'a': 1, 'b': 2}, width=1, indent=3))
print(pprint.pformat([[]] * 3, width=1, indent=3), pprint.pformat((), width=1), pprint.pformat(((),), width=1))
print(pprint.pformat([1, 2, 3], width=-5))
print(pprint.pformat({(1, 2): [3, 4], frozenset(): set()}, width=5))
