import re
bads = ['(', ')', 'a**', '*a', '[a', 'a{2,1}', r'\q', '(?P<1>a)', '(?P=x)', '(?<x>a)', r'(a)\2', '(?i', 'a(?i)b', r'[z-a]', '(?#abc',
 'a)', '(a', '((a)', 'a|*', '^*', r'\b+', '(?P<a>x)(?P<a>y)', '(?P<>x)', '(?Px)', '(?P', '(?', '(?z)', '(?-i)', '(?i-:a)', '(?i-q:a)',
 r'\x4', r'\u12', r'\U0011ffff', r'[\d-z]', r'[a-\d]', r'\1', r'(a\1)', r'\777', r'[\777]', r'[\8]', 'a{1,2}{3}', 'x{,3}+?',
 '(?<=a+)b', '(?<!ab|c)d', '[', '[]', '[^]', r'a\\', '\\', '(?P<a', '(?P=a', 'a{99999999999}', '(?x)a b # c\n(', 'ab\ncd(',
 '(?i:a)(?-i:b)', '(?aiu)', '(?au:a)', 'a++b', 'a+*', '(?i)(?m)a', 'a(?#x)(?i)b']
for bad in bads:
    try:
        p = re.compile(bad)
        print('ok', repr(bad), p.groups)
    except re.error as e:
        print('error:', repr(bad), e, '|', e.pos, e.lineno, e.colno)
    except Exception as e:
        print('other:', repr(bad), type(e).__name__, e)
