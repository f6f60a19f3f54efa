# The locale module in the C.UTF-8 locale: queries, setlocale to C, conversions.
import locale

print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_CTYPE), locale.getlocale(), locale.getpreferredencoding(False))
print(locale.getencoding(), locale.localeconv()["decimal_point"], locale.localeconv()["grouping"])
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_NUMERIC,
      locale.LC_ALL, locale.LC_MESSAGES, locale.CHAR_MAX, locale.Error.__mro__[1].__name__)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strxfrm("abc"))
print(locale.format_string("%d|%.2f", (1234567, 2.5), grouping=True), locale.str(1 / 3))
print(locale.atof("1.5"), locale.atoi("12"))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
try:
    locale.setlocale(locale.LC_ALL, "xx_YY")
except locale.Error as e:
    print("locale.Error:", e)
print(locale.setlocale(locale.LC_ALL, ""), locale.getlocale())
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError:", e)
