import re
import math
import operator
from typing import NamedTuple, Iterator, Union

Number = Union[int, float]


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        self.pos = pos
        super().__init__(msg if pos is None else f"{msg} at {pos}")


TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|[-+*/%^(),=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


def tokenize(src: str) -> Iterator[Token]:
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise CalcError(f"unexpected character {m.group()!r}", m.start())
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


BINARY = {
    "+": (10, operator.add, "L"),
    "-": (10, operator.sub, "L"),
    "*": (20, operator.mul, "L"),
    "/": (20, operator.truediv, "L"),
    "//": (20, operator.floordiv, "L"),
    "%": (20, operator.mod, "L"),
    "**": (30, operator.pow, "R"),
    "^": (30, operator.pow, "R"),
}

FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "log": math.log, "max": max, "min": min,
         "abs": abs, "round": round, "hypot": math.hypot, "gcd": math.gcd, "fact": math.factorial}


class Parser:
    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env

    @property
    def tok(self):
        return self.toks[self.i]

    def advance(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        if self.tok.text != text:
            raise CalcError(f"expected {text!r}, got {self.tok.text or 'end'!r}", self.tok.pos)
        return self.advance()

    def statement(self):
        if self.tok.kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.advance().text
            self.advance()
            value = self.expr(0)
            self.env[name] = value
        else:
            value = self.expr(0)
        if self.tok.kind != "EOF":
            raise CalcError(f"trailing {self.tok.text!r}", self.tok.pos)
        return value

    def expr(self, min_prec):
        left = self.unary()
        while self.tok.kind == "OP" and self.tok.text in BINARY:
            prec, fn, assoc = BINARY[self.tok.text]
            if prec < min_prec:
                break
            op = self.advance()
            right = self.expr(prec + 1 if assoc == "L" else prec)
            try:
                left = fn(left, right)
            except ZeroDivisionError as e:
                raise CalcError(f"division by zero ({e})", op.pos) from e
        return left

    def unary(self):
        if self.tok.text == "-":
            self.advance()
            return -self.unary()
        if self.tok.text == "+":
            self.advance()
            return +self.unary()
        return self.atom()

    def atom(self):
        t = self.advance()
        if t.kind == "NUM":
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.kind == "NAME":
            if self.tok.text == "(":
                self.advance()
                args = []
                if self.tok.text != ")":
                    args.append(self.expr(0))
                    while self.tok.text == ",":
                        self.advance()
                        args.append(self.expr(0))
                self.expect(")")
                try:
                    return FUNCS[t.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {t.text}", t.pos)
                except (TypeError, ValueError) as e:
                    raise CalcError(f"{t.text}: {e}", t.pos)
            if t.text in self.env:
                return self.env[t.text]
            raise CalcError(f"undefined {t.text!r}", t.pos)
        if t.text == "(":
            v = self.expr(0)
            self.expect(")")
            return v
        raise CalcError(f"unexpected {t.text or 'end of input'!r}", t.pos)


def run(lines):
    env = {"pi": math.pi, "e": math.e}
    for line in lines:
        try:
            v = Parser(line, env).statement()
        except CalcError as err:
            print(f"{line!r:32} error: {err}  (cause={type(err.__cause__).__name__})")
        except OverflowError as err:
            print(f"{line!r:32} overflow: {err}")
        else:
            if isinstance(v, float):
                print(f"{line!r:32} = {v:.10g}  repr={v!r}")
            else:
                print(f"{line!r:32} = {v}")
    return env


env = run([
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "2 ^ -1",
    "-2 ** 2",
    "7 // 2 + 7 % 3 - 7 / 2",
    "-7 // 2",
    "-7 % 3",
    "x = 10",
    "y = x * 2.5",
    "sqrt(x * y) + max(1, 2, 3)",
    "hypot(3, 4)",
    "gcd(48, 180) * fact(10)",
    "round(pi, 3)",
    "round(2.5) + round(3.5)",
    "1 / 0",
    "5 // (x - 10)",
    "sqrt(-1)",
    "foo(1)",
    "1 +",
    "(1 + 2",
    "3 $ 4",
    "z + 1",
    "1e308 * 10",
    "2 ** 0.5",
    "10 ** 20 + 1",
    "1.5e3 - 1E-2",
    "2 ** 100",
    "fact(-1)",
    "log(0)",
    "max()",
    "10.0 ** 400",
])
print(sorted(k for k in env if k not in ("pi", "e")))
print([tuple(t) for t in tokenize("a=1.5e+3**2")])
print(Token("NUM", "1", 0)._replace(pos=5), Token._fields, Token._field_defaults)
