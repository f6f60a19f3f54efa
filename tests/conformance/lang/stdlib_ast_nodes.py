# The node classes: hierarchy, _fields/_attributes, constructors and their errors, defaults.
import ast
import copy
import pickle

for cls in [ast.AST, ast.Module, ast.Expr, ast.Constant, ast.Name, ast.BinOp, ast.Call,
            ast.FunctionDef, ast.arguments, ast.arg, ast.keyword, ast.Load, ast.Add, ast.expr,
            ast.stmt, ast.MatchAs, ast.comprehension, ast.ExceptHandler, ast.alias, ast.withitem]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__], cls._fields, cls._attributes)
print(repr(ast.Name), ast.Name.__match_args__)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.If, ast.stmt), isinstance(ast.Add(), ast.operator))
print(ast.Constant.kind, ast.Name.end_lineno, ast.FunctionDef.returns, hasattr(ast.Name, 'lineno'))

n = ast.Name('x', ast.Store(), lineno=2)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno, vars(n).keys())
try:
    n.col_offset
except AttributeError as e:
    print('AttributeError', e)
n2 = ast.Name()
print(vars(n2), hasattr(n2, 'id'))
c = ast.Constant(3, 'u', custom='extra')
print(c.value, c.kind, c.custom)
for bad in [lambda: ast.Expr(1, 2), lambda: ast.Name(1, 2, 3), lambda: ast.Load(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# Deprecated aliases still work in 3.11.
print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Str),
      isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant),
      isinstance(ast.Constant(b''), ast.Bytes), isinstance(ast.Constant(...), ast.Ellipsis))
num = ast.Num(7)
print(type(num).__name__, num.value, num.n, ast.Constant('q').s)

tree = ast.parse("a = [1, 2]")
dup = copy.deepcopy(tree)
print(ast.dump(dup, include_attributes=True) == ast.dump(tree, include_attributes=True), dup is tree)
again = pickle.loads(pickle.dumps(tree))
print(ast.dump(again))

# Pattern matching on nodes, as linters do.
for stmt in ast.parse("x = 1\nprint(x)\ndef g(): pass\n").body:
    match stmt:
        case ast.Assign(targets=[ast.Name(id=name)], value=ast.Constant(value=v)):
            print('assign', name, v)
        case ast.Expr(value=ast.Call(func=ast.Name(id=fn), args=args)):
            print('call', fn, len(args))
        case ast.FunctionDef(name=name):
            print('def', name)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
