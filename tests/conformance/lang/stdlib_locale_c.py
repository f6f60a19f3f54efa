# locale in the C locales: startup state, setlocale, queries, formatting and conversions.
import locale

print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.localeconv())
print(locale.setlocale(locale.LC_ALL, ''), locale.getlocale(), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.setlocale(locale.LC_ALL) != '')
print(locale.format_string('%d items, %.2f', (1234567, 3.14159), grouping=True))
print(locale.format_string('%s|%10.3f|%-5d|%%', ('x', 1.5, 3)), locale.format_string('%(a)s', {'a': 1}))
print(locale.str(3.5), locale.str(1e20), locale.atof('3.5'), locale.atoi('42'), locale.atof('2', int))
print(locale.delocalize('1234.5'), locale.localize('1234.5'))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'), locale.strxfrm('abc'))
print(sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm))
for name in ['C', 'POSIX', 'C.UTF-8', 'xx_YY', 'tlh_KL.UTF-8']:
    try:
        print(name, locale.setlocale(locale.LC_ALL, name))
    except locale.Error as e:
        print(name, 'Error', e)
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale())
try:
    locale.currency(5)
except ValueError as e:
    print('ValueError', e)
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.normalize('c.utf8'), locale.normalize('en_US.UTF-8'), locale.normalize('C'))
print(locale.nl_langinfo(locale.RADIXCHAR), locale.nl_langinfo(locale.D_FMT))
print(issubclass(locale.Error, Exception))
