"""A tokenizer and recursive-descent calculator, the way a course exercise looks."""
import re
import math
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import List, Optional, Union


class TokenType(Enum):
    NUMBER = auto()
    IDENT = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    COMMA = auto()
    EOF = auto()


@dataclass(frozen=True)
class Token:
    type: TokenType
    value: str
    pos: int = 0


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg, pos)
        self.msg = msg
        self.pos = pos

    def __str__(self):
        if self.pos is None:
            return self.msg
        return f"{self.msg} at position {self.pos}"


TOKEN_RE = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<IDENT>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/%^])
  | (?P<LPAREN>\()
  | (?P<RPAREN>\))
  | (?P<COMMA>,)
  | (?P<SKIP>\s+)
  | (?P<MISMATCH>.)
""", re.VERBOSE)


def tokenize(text: str) -> List[Token]:
    tokens = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise CalcError(f"unexpected character {m.group()!r}", m.start())
        tokens.append(Token(TokenType[kind], m.group(), m.start()))
    tokens.append(Token(TokenType.EOF, "", len(text)))
    return tokens


FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "abs": abs, "max": max, "min": min,
         "log": math.log, "floor": math.floor}
CONSTS = {"pi": math.pi, "e": math.e}


class Parser:
    def __init__(self, tokens, env=None):
        self.tokens = tokens
        self.i = 0
        self.env = dict(CONSTS, **(env or {}))

    @property
    def cur(self) -> Token:
        return self.tokens[self.i]

    def eat(self, ttype: TokenType, value: Optional[str] = None) -> Token:
        tok = self.cur
        if tok.type is not ttype or (value is not None and tok.value != value):
            want = value or ttype.name
            raise CalcError(f"expected {want}, got {tok.value or 'end of input'!r}", tok.pos)
        self.i += 1
        return tok

    def parse(self):
        v = self.expr()
        self.eat(TokenType.EOF)
        return v

    def expr(self):
        v = self.term()
        while self.cur.type is TokenType.OP and self.cur.value in "+-":
            op = self.eat(TokenType.OP).value
            rhs = self.term()
            v = v + rhs if op == "+" else v - rhs
        return v

    def term(self):
        v = self.unary()
        while self.cur.type is TokenType.OP and self.cur.value in ("*", "/", "%"):
            op = self.eat(TokenType.OP).value
            rhs = self.unary()
            if op == "*":
                v *= rhs
            elif op == "/":
                if rhs == 0:
                    raise CalcError("division by zero", self.cur.pos)
                v /= rhs
            else:
                v %= rhs
        return v

    def unary(self):
        if self.cur.type is TokenType.OP and self.cur.value == "-":
            self.eat(TokenType.OP)
            return -self.unary()
        if self.cur.type is TokenType.OP and self.cur.value == "+":
            self.eat(TokenType.OP)
            return +self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.cur.type is TokenType.OP and self.cur.value in ("**", "^"):
            self.eat(TokenType.OP)
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.cur
        if tok.type is TokenType.NUMBER:
            self.i += 1
            return float(tok.value) if any(c in tok.value for c in ".eE") else int(tok.value)
        if tok.type is TokenType.LPAREN:
            self.eat(TokenType.LPAREN)
            v = self.expr()
            self.eat(TokenType.RPAREN)
            return v
        if tok.type is TokenType.IDENT:
            self.i += 1
            if self.cur.type is TokenType.LPAREN:
                self.eat(TokenType.LPAREN)
                args = [self.expr()]
                while self.cur.type is TokenType.COMMA:
                    self.eat(TokenType.COMMA)
                    args.append(self.expr())
                self.eat(TokenType.RPAREN)
                try:
                    fn = FUNCS[tok.value]
                except KeyError:
                    raise CalcError(f"unknown function {tok.value}", tok.pos) from None
                return fn(*args)
            if tok.value not in self.env:
                raise CalcError(f"undefined variable {tok.value!r}", tok.pos)
            return self.env[tok.value]
        raise CalcError(f"unexpected token {tok.value or 'EOF'!r}", tok.pos)


def evaluate(text, **env):
    return Parser(tokenize(text), env).parse()


CASES = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 3",
    "sqrt(16) + abs(-3)", "max(1, 5, 3) - min(4, 2)", "2 * pi", "x * y + 1",
    "1.5e3 / 3", "floor(7.9)", "log(e)", "1 +", "3 $ 4", "foo(1)", "z + 1",
    "(1 + 2", "1 / 0", "2 ^ 10", "--3", "sin(0)",
]

if __name__ == "__main__":
    for src in CASES:
        try:
            result = evaluate(src, x=3, y=4)
        except CalcError as e:
            print(f"{src:<28} -> error: {e}  args={e.args!r}")
        except (ValueError, OverflowError) as e:
            print(f"{src:<28} -> {type(e).__name__}: {e}")
        else:
            kind = type(result).__name__
            print(f"{src:<28} = {result!r:>20} ({kind})")
    print(tokenize("a+1")[:2])
    print(repr(Token(TokenType.OP, "+")), Token(TokenType.OP, "+") == Token(TokenType.OP, "+", 0))
    print(TokenType.NUMBER, TokenType(3), list(TokenType)[-1], TokenType.EOF.value)
    try:
        Token(TokenType.OP, "+").value = "-"
    except Exception as e:
        print(type(e).__name__, e)
    print(hash(Token(TokenType.OP, "+")) == hash(Token(TokenType.OP, "+")))
