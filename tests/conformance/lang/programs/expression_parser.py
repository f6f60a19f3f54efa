# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables.
import operator


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f'{message} at position {pos}')
        self.pos = pos


TOKEN_KINDS = [('NUM', str.isdigit), ('NAME', str.isalpha)]
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '^': operator.pow}


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        for kind, pred in TOKEN_KINDS:
            if pred(ch):
                j = i
                while j < len(src) and (pred(src[j]) or (kind == 'NUM' and src[j] == '.')):
                    j += 1
                yield kind, src[i:j], i
                i = j
                break
        else:
            if ch in OPS or ch in '()':
                yield 'OP', ch, i
                i += 1
            else:
                raise ParseError(f'unexpected {ch!r}', i)
    yield 'END', '', len(src)


class Parser:
    def __init__(self, src, env):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = env

    @property
    def current(self):
        return self.tokens[self.i]

    def eat(self, value=None):
        kind, text, pos = self.current
        if value is not None and text != value:
            raise ParseError(f'expected {value!r}, got {text or "end"!r}', pos)
        self.i += 1
        return kind, text, pos

    def expr(self):
        value = self.term()
        while self.current[1] in ('+', '-'):
            op = self.eat()[1]
            value = OPS[op](value, self.term())
        return value

    def term(self):
        value = self.power()
        while self.current[1] in ('*', '/'):
            op = self.eat()[1]
            rhs = self.power()
            if op == '/' and rhs == 0:
                raise ParseError('division by zero', self.current[2])
            value = OPS[op](value, rhs)
        return value

    def power(self):
        base = self.atom()
        if self.current[1] == '^':
            self.eat()
            return base ** self.power()
        return base

    def atom(self):
        kind, text, pos = self.current
        match kind, text:
            case 'NUM', _:
                self.eat()
                return float(text) if '.' in text else int(text)
            case 'NAME', name:
                self.eat()
                if name not in self.env:
                    raise ParseError(f'unknown variable {name!r}', pos)
                return self.env[name]
            case 'OP', '(':
                self.eat()
                value = self.expr()
                self.eat(')')
                return value
            case 'OP', '-':
                self.eat()
                return -self.atom()
            case _:
                raise ParseError(f'unexpected {text or "end"!r}', pos)

    def parse(self):
        value = self.expr()
        self.eat('')
        return value


env = {'x': 3, 'y': 4, 'pi': 3.14159}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', 'x * x + y * y', '-x + 10', '7 / 2', 'pi * 2',
            '2 * (3 + 4', '5 / (x - 3)', 'z + 1', '3 $ 4', '', '1.5 * 4']:
    try:
        print(f'{src!r:>16} = {Parser(src, env).parse()}')
    except ParseError as e:
        print(f'{src!r:>16} ! {e} (pos {e.pos})')
print(list(tokenize('a+12')))
