# A small Lisp interpreter (Norvig-style)
import math
import operator as op

Symbol = str
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise LookupError(f"unbound symbol: {var}")
        return self.outer.find(var)

def tokenize(s):
    return s.replace('(', ' ( ').replace(')', ' ) ').split()

def parse(tokens):
    if not tokens:
        raise SyntaxError('unexpected EOF')
    tok = tokens.pop(0)
    if tok == '(':
        lst = []
        while tokens[0] != ')':
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    if tok == ')':
        raise SyntaxError('unexpected )')
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

def standard_env():
    env = Env()
    env.update(vars(math))
    env.update({'+': op.add, '-': op.sub, '*': op.mul, '/': op.truediv, '>': op.gt, '<': op.lt,
                '=': op.eq, 'abs': abs, 'list': lambda *x: list(x), 'car': lambda x: x[0],
                'cdr': lambda x: x[1:], 'cons': lambda x, y: [x] + y, 'null?': lambda x: x == [],
                'begin': lambda *x: x[-1], 'map': lambda f, xs: list(map(f, xs))})
    return env

class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"

def evaluate(x, env):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    head, *rest = x
    if head == 'quote':
        return rest[0]
    if head == 'if':
        test, conseq, alt = rest
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if head == 'define':
        name, expr = rest
        env[name] = evaluate(expr, env)
        return None
    if head == 'lambda':
        params, body = rest
        return Procedure(params, body, env)
    proc = evaluate(head, env)
    return proc(*[evaluate(a, env) for a in rest])

def to_str(v):
    if isinstance(v, list):
        return '(' + ' '.join(map(to_str, v)) + ')'
    return str(v)

g = standard_env()
programs = [
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 20)", "(fact 30)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(map fib (list 1 2 3 4 5 6 7 8 9 10))",
    "(cons 1 (quote (2 3)))", "(car (quote (a b c)))", "(cdr (quote (a b c)))",
    "(/ 1 3)", "(* pi 2)", "(sqrt 2)", "(lambda (x y) (+ x y))",
    "(begin (define r 10) (* pi (* r r)))", "(null? (quote ()))",
]
for p in programs:
    result = evaluate(parse(tokenize(p)), g)
    if result is not None:
        print(f"{p:<55} => {to_str(result)}")
for bad in ["(undefined 1)", "(+ 1", ")"]:
    try:
        evaluate(parse(tokenize(bad)), g)
    except (LookupError, SyntaxError, IndexError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
evaluate(parse(tokenize("(car (quote ()))")), g)
