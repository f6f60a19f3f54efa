import re
import operator as op

TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|[-+*/%^(),=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)

class ParseError(Exception):
    pass

def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise ParseError(f"unexpected character {m.group()!r} at {m.start()}")
        yield kind, m.group(), m.start()
    yield "EOF", "", len(src)

FUNCS = {"max": max, "min": min, "abs": abs, "round": round}
BINOPS = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv, "%": op.mod}

class Parser:
    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, got {tok[1] or 'end of input'!r} at {tok[2]}")
        self.i += 1
        return tok
    def statement(self):
        if self.peek()[0] == "NAME" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            o = self.take()[1]
            v = BINOPS[o](v, self.term())
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "//", "%"):
            o = self.take()[1]
            v = BINOPS[o](v, self.factor())
        return v
    def factor(self):
        if self.peek()[1] in ("-", "+"):
            o = self.take()[1]
            v = self.factor()
            return -v if o == "-" else +v
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val, pos = self.take()
        if kind == "NUM":
            return float(val) if any(c in val for c in ".eE") else int(val)
        if kind == "NAME":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                try:
                    return FUNCS[val](*args)
                except KeyError:
                    raise ParseError(f"unknown function {val}") from None
            try:
                return self.env[val]
            except KeyError as e:
                raise ParseError(f"undefined variable {e}")
        if val == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {val or 'end of input'!r} at {pos}")

env = {"pi": 3.141592653589793}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "7 // 2 + 7 % 3", "10 / 4", "x = 5", "y = x * 2 + 1",
         "max(x, y, 3) - min(1, 2)", "round(pi * 100) / 100", "abs(-7.25)", "1e3 + .5", "2 * (3 + ", "foo(1)", "z + 1",
         "3 $ 4", "1 / 0", "1.5e-3 * 2", "round(2.5) + round(3.5)", "((((1))))", "2 ** -1", "x = y = 3"]
for line in lines:
    try:
        result = Parser(line, env).statement()
        print(f"{line:<28} = {result!r}")
    except ParseError as e:
        print(f"{line:<28} ! ParseError: {e}")
    except ZeroDivisionError as e:
        print(f"{line:<28} ! {type(e).__name__}: {e}")
print(sorted(env.items()))
print([t[:2] for t in tokenize("a=1+2.5e3//x")])
print(TOKEN_RE.pattern.count("\n"), TOKEN_RE.flags & re.VERBOSE, TOKEN_RE.groupindex)
Parser("1 +", env).statement()
