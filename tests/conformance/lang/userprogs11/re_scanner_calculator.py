import re
import operator

OPS = {'+': (1, operator.add), '-': (1, operator.sub), '*': (2, operator.mul),
       '/': (2, operator.truediv), '^': (3, operator.pow)}

scanner = re.Scanner([
    (r'\d+\.\d*|\d+', lambda s, tok: ('NUM', float(tok) if '.' in tok else int(tok))),
    (r'[A-Za-z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'[-+*/^()]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])


def tokenize(text):
    tokens, rest = scanner.scan(text)
    if rest:
        raise SyntaxError(f'unexpected {rest[0]!r} at column {len(text) - len(rest)}')
    return tokens


def to_rpn(tokens):
    out, stack = [], []
    for kind, value in tokens:
        if kind in ('NUM', 'NAME'):
            out.append(value)
        elif value == '(':
            stack.append(value)
        elif value == ')':
            while stack[-1] != '(':
                out.append(stack.pop())
            stack.pop()
        else:
            prec = OPS[value][0]
            while stack and stack[-1] != '(' and (OPS[stack[-1]][0] > prec or
                                                   (OPS[stack[-1]][0] == prec and value != '^')):
                out.append(stack.pop())
            stack.append(value)
    return out + stack[::-1]


def evaluate(rpn, env):
    stack = []
    for item in rpn:
        if isinstance(item, str) and item in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[item][1](a, b))
        elif isinstance(item, str):
            stack.append(env[item])
        else:
            stack.append(item)
    return stack.pop()


env = {'x': 3, 'rate': 0.5}
for expr in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', 'x * rate + 10 / 4', '7 - 2 - 1', '2.5 * (x - 1)']:
    toks = tokenize(expr)
    rpn = to_rpn(toks)
    print(f'{expr:<20} -> {" ".join(map(str, rpn)):<22} = {evaluate(rpn, env)!r}')

print(scanner.scan('12 abc 3.5 $ rest'))
print(len(scanner.lexicon))
words = re.Scanner([(r'\w+', lambda s, t: s.match.group().title()), (r'\W+', lambda s, t: t)])
print(''.join(words.scan('hello, big world!')[0]))
for bad in ['1 + $', '3 * (2 + y)']:
    try:
        print(evaluate(to_rpn(tokenize(bad)), env))
    except (SyntaxError, KeyError) as err:
        print(type(err).__name__, err)
print(evaluate(to_rpn(tokenize('10 / (x - 3)')), env))
