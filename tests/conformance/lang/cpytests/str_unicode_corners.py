# Corners CPython's test_unicode checks that user code meets too: _string's parsers, the
# title case of Greek letters with ypogegrammeni, a str subclass's own __rmod__ before str %,
# and a sequence's __mul__ refusing a non-integer count.
import _string

print(list(_string.formatter_parser('a{0!r:>{1}}b{{c}}')))
head, rest = _string.formatter_field_name_split('0.attr[key][3]')
print(head, list(rest), _string.formatter_field_name_split('name')[0])
for bad in (_string.formatter_parser, _string.formatter_field_name_split):
    try:
        bad(1)
    except TypeError as e:
        print('TypeError', e)
try:
    list(_string.formatter_parser('oops }'))
except ValueError as e:
    print('ValueError', e)

for word in ('\u1ff3\u1ff3\u1ffc', '\u1f80bc', '\u1fb7x', '\u0149ab', '\u10d0\u10d1', '\u01c6a'):
    print(ascii(word.capitalize()), ascii(word.title()), ascii(word.upper()))


class Markup(str):
    def __rmod__(self, other):
        return 'Markup.__rmod__(%r)' % (other,)


class Plain(str):
    pass


class Other:
    def __rmod__(self, other):
        return 'Other.__rmod__'

    def __repr__(self):
        return 'Other()'


print('lhs %s' % Markup('rhs'))
print('x%sy' % Plain('p'), 'x%ry' % Other(), '%s|%s' % (Markup('a'), Plain('b')))
text = 'acc %s'
text %= Markup('m')
print(text)


class Raw(bytes):
    def __rmod__(self, other):
        return 'Raw.__rmod__'


print(b'%s' % Raw(b'x'), b'%s' % b'y')

for seq in ('abc', [1], (1,), b'ab', bytearray(b'a')):
    for name in ('__mul__', '__rmul__'):
        try:
            getattr(seq, name)('')
        except TypeError as e:
            print(type(seq).__name__, name, 'TypeError', e)
    print(seq.__mul__(2), seq.__rmul__(True))
items = [1]
try:
    items.__imul__(1.5)
except TypeError as e:
    print('TypeError', e)
print(2 .__mul__('ab'))
