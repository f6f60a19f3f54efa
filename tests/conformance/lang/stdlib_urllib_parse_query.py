# urlencode, parse_qs and parse_qsl with their options and errors.
from urllib.parse import urlencode, parse_qs, parse_qsl, quote

print(urlencode({'name': 'John Smith', 'age': 30, 'q': 'a&b=c', 'e': 'é'}))
print(urlencode([('a', 1), ('a', 2), ('b', None)]))
print(urlencode({'k': ['x', 'y', 3]}), urlencode({'k': ['x', 'y', 3]}, doseq=True))
print(urlencode({'k': ('v w',), 's': 'str', 'b': b'by tes', 'n': 7}, doseq=True))
print(urlencode({'path': '/a b/'}, safe='/'), urlencode({'path': '/a b/'}, quote_via=quote))
print(urlencode({'path': '/a b/'}, safe='/', quote_via=quote))
print(urlencode({b'bk': b'bv', 'é': 'ü'}, encoding='latin-1'))
print(urlencode({}), urlencode([]), urlencode({'x': ''}))
print(urlencode({'set': {1}}, doseq=True), urlencode({'r': range(3)}, doseq=True))
for bad in ['abc', [1, 2], 5, [('a',)]]:
    try:
        print(urlencode(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

QS = 'a=1&b=2&a=3&empty=&novalue&c=%20x+y&d=caf%C3%A9&&e=1=2'
print(parse_qs(QS))
print(parse_qs(QS, keep_blank_values=True))
print(parse_qsl(QS))
print(parse_qsl(QS, keep_blank_values=True))
print(parse_qsl('a=1;b=2'), parse_qsl('a=1;b=2', separator=';'))
print(parse_qs(b'x=1&y=%41'), parse_qsl(b'k=v', keep_blank_values=True))
print(parse_qs('x=%E9', encoding='latin-1'), parse_qs('x=%E9'), parse_qs('x=%E9', errors='ignore'))
print(parse_qs(''), parse_qsl('&&'), parse_qs('=v'), parse_qs('=v', keep_blank_values=True))
print(parse_qsl('a=1&b=2', max_num_fields=2))
for args, kwargs in [(('a=1&&b=2',), {'strict_parsing': True}),
                     (('a=1&bad',), {'strict_parsing': True}),
                     (('a&b',), {'strict_parsing': True, 'keep_blank_values': True}),
                     (('a=1&b=2&c=3',), {'max_num_fields': 2}),
                     (('a=1',), {'separator': ''}),
                     (('a=1',), {'separator': None}),
                     (('a=1',), {'separator': 5})]:
    try:
        print(parse_qsl(*args, **kwargs))
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(parse_qs('a=1&a=2')['a'], dict(parse_qsl('x=1&y=2')))
