# string: constants, capwords, Template substitute/safe_substitute/is_valid/get_identifiers, Formatter.
import string
from string import Template

print(repr(string.ascii_letters), repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.capwords('hello   wide world'), string.capwords(' a-b c-d ', '-'), repr(string.capwords('')))
print(string.capwords('ÉCOLE mixed CASE'), string.capwords('x,y', ','))

t = Template('$who likes ${what}; $$ is a dollar')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}))
print(t.substitute({'who': 'a', 'what': 'b'}, what='override'), t.template)
print(t.safe_substitute(who='only'), Template('$x $y').safe_substitute({'x': 1}))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ('cost: $5', 'line1\nline2 $', 'a ${b', '${}'):
    try:
        Template(bad).substitute(b=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(Template(bad).safe_substitute()))
print(t.is_valid(), Template('$').is_valid(), t.get_identifiers(), Template('$a $b $a ${c}').get_identifiers())
print(Template('$_x1 $x_ $ab9').substitute(_x1=1, x_=2, ab9=3), Template('$ab-c').substitute(ab=1))
print(Template('${a}b').substitute(a=[1]), Template('$éa').safe_substitute(), Template.delimiter, Template.idpattern)
print(Template('$x').substitute(x=3.5), Template('nothing').substitute(), Template('$$$x').substitute(x='!'))


class Percent(Template):
    delimiter = '%'


print(Percent('%who: %%').substitute(who='me'))


class Dashed(Template):
    idpattern = r'[a-z]+-[a-z]+'


print(Dashed('$ab-cd and $x').safe_substitute({'ab-cd': 'ok'}))


class Braced(Template):
    braceidpattern = r'[a-z ]+'


print(Braced('${hello world} $x').substitute({'hello world': 'hw', 'x': 1}))

f = string.Formatter()
print(f.format('{0}-{name}-{1:>4}', 'a', 'b', name='n'), f.vformat('{x}{y!r}', (), {'x': 1, 'y': 's'}))
print(f.format('{a.real} {b[1]} {{}}', a=3, b=[0, 9]), f.format('{:.2f}|{!s:^5}', 3.14159, 'z'))
print(list(f.parse('a{b!r:>3}c{{d}}')), f.get_field('b.real', (), {'b': 2}))
print(f.format_field(5, '03'), f.convert_field('x', 'r'), f.get_value(0, ['v'], {}), f.get_value('k', (), {'k': 1}))
try:
    f.format('{0}')
except IndexError as e:
    print('IndexError', e)
try:
    f.format('{x}')
except KeyError as e:
    print('KeyError', e)


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return str(value).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return args[key]


print(Upper().format('{0} {who} {missing}', 'abc', who='me'))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: ' + ','.join(sorted(unused)))


try:
    Strict().format('{a}', a=1, b=2)
except ValueError as e:
    print('ValueError', e)
print(sorted(string.__all__))
