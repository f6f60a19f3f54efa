for v in (0.125, 0.375, 2.5, -1.5, 1e-7, 12345.6789):
    print(round(v, 2), format(v, '.3f'), format(v, 'g'), '%.1f' % v, f'{v:8.2e}')
print(round(5), type(round(5.5)).__name__, round(5.5, 0), type(round(5.5, 0)).__name__)
