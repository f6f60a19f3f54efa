import decimal
width = 10
precision = 4
value = decimal.Decimal('12.34567')
print(f'result: {value:{width}.{precision}}')
print(f'result: {value:{width!r}.{precision}}')
print(f'result: {value:{width:0}.{precision:1}}')
value = 12.34567
print(f'result: {value:{width}.{precision}}')
print(f'{value:{width}.{precision}f}|{value:>{width}}|{3.14159:.{precision}}')
x = 'ab'
print(f'{x:{"<"}{width}}|')
