import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F
print(st.mean([D('1.5'), D('2.5'), D('3.25')]), st.mean([F(1, 3), F(2, 3)]))
print(st.variance([D('1.5'), D('2.5'), D('3.25')]), st.pvariance([F(1, 3), F(2, 3)]))
print(st.stdev([D('1.5'), D('2.5'), D('3.25')]), st.median([D('1'), D('2')]))
print(st.harmonic_mean([D('1.5'), D('2.5')]), st.fmean([D('1.5'), D('2.5')]))
print(st.mean([D('1')]), st.variance([D('1'), D('1')]))
print(st.pstdev([D('1.5'), D('2.5'), D('3.25')]), st.stdev([D('1'), D('3')]), st.stdev([D('1e100'), D('3e100')]))
print(st.stdev([D('1e-100'), D('3e-99'), D('7')]), st.pstdev([D(2), D(2)]), st.stdev([1.5, 2.5]))
from decimal import localcontext
with localcontext() as c:
    c.prec = 5
    print(st.stdev([D('1.5'), D('2.5'), D('3.25')]))
