from decimal import Decimal, getcontext, Context, InvalidOperation
from decimal import Decimal, getcontext
print(Decimal(2) ** Decimal('0.5'), Decimal('1.5') ** 3, Decimal(2) ** -2, Decimal(10).log10(), Decimal(100).log10(), Decimal(1).exp(), Decimal(0).ln() if False else '', Decimal(1).ln(), Decimal('0.5').exp())
print(Decimal(2).ln(), Decimal(3).log10(), Decimal('1E+2').ln(), Decimal(2) ** Decimal('1.5'), Decimal('7').logb(), Decimal(9) ** Decimal('0.5'))
print(pow(Decimal(3), 4, 7), Decimal(3).compare(Decimal(4)), Decimal('12.345').as_tuple(), Decimal('-1.5').copy_abs(), Decimal('1.23E+5').to_eng_string())
for s in ['123E+3','1E+2','0E+7','12.3E-9','-1.5E+10','0.000001','1E-7','1234567E+2', '0E-9']:
    d = Decimal(s); print(s, str(d), d.to_eng_string(), repr(d))
print(pow(Decimal(3), 4, 7), pow(Decimal(-3), 3, 7), Decimal(2) ** Decimal('0.5'), Decimal('0.25') ** Decimal('0.5'), Decimal(4) ** Decimal('-0.5'))
c = Context(prec=6, capitals=0); print(c.create_decimal('1.23E+20'), Decimal('1e20'))
print(Decimal('-2').exp(), Decimal('0.001').ln(), Decimal('5e-10').log10(), Decimal('1.0').ln(), Decimal(-1).sqrt() if False else '')
print((Decimal(1)+Decimal('0.05')/12) ** (12*10), Decimal(1000) * (Decimal('1.05') ** Decimal('2.5')))
try:
    print(Decimal(-1).ln())
except InvalidOperation as e:
    print('IO', e)
