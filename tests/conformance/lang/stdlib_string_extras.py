# string: Template (substitution, errors, subclass hooks, 3.11's get_identifiers / is_valid),
# Formatter (parse, vformat, the override points), capwords and the constants.
import string
from string import Template, Formatter

t = Template('$who likes ${what} for $$5, $who!')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.template, t.get_identifiers(), t.is_valid())
print(Template('$a $b $a ${c}').get_identifiers(), Template('$').is_valid(), Template('${a').is_valid())
for tpl, kw in [('$who is $missing', {'who': 'x'}), ('bad $ sign', {}), ('${unclosed', {}), ('$1abc', {}),
                ('line1\n  x $', {})]:
    try:
        print(Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('$ $$ ${x').safe_substitute(), Template('$x$y').safe_substitute(x=1))
try:
    Template('$a').substitute({'a': 1}, {'b': 2})
except TypeError as e:
    print(type(e).__name__, e)

class Percent(Template):
    delimiter = '%'
    idpattern = '[a-z]+'

print(Percent('%name costs %%%price, %Upper').safe_substitute(name='tea', price=3))

class Braces(Template):
    braceidpattern = r'[a-z.]+'

print(Braces('${a.b} and $c').substitute({'a.b': 1, 'c': 2}))

class Flags(Template):
    flags = 0
    idpattern = '[A-Z_]+'

print(Flags('$NAME $lower').safe_substitute(NAME='n', lower='l'))
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)

f = Formatter()
print(f.format('{0} + {1} = {2:>5}', 1, 2, 3))
print(f.format('{name!r:^10}|{x[0]}|{y.real}', name='ab', x=[9], y=3j))
print(f.vformat('{} {}', ('a', 'b'), {}))
print(list(f.parse('a{0}b{1:>3}c{x!r}d{{e}}')))
print(list(f.parse('plain')), list(f.parse('{}')), list(f.parse('{:{w}}')))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2))
for bad in ['{', '}', '{0', '{0!x}', '{0}{}']:
    try:
        print(f.format(bad, 1))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    f.format('{missing}')
except KeyError as e:
    print(type(e).__name__, e)

class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s>' % key)
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == 'star':
            return '*%s*' % value
        return super().format_field(value, format_spec)

d = Defaulting()
print(d.format('{a} {b!u} {0:star} {c:>4}', 7, a=1, c='z'))

class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused))

try:
    Strict().format('{a}', a=1, b=2)
except ValueError as e:
    print(e)
print(Strict().format('{0}{a}', 0, a=1))

print(string.capwords('  hello   world  '), string.capwords('a-b c-d', '-'), string.capwords(''))
print(string.capwords("they're bill's friends"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.punctuation), len(string.printable))
