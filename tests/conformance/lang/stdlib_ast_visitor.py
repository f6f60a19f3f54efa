# ast.walk, iter_fields/iter_child_nodes, NodeVisitor and NodeTransformer, location helpers.
import ast

SRC = '''\
"""Module doc.

    Indented line.
"""
import math

def area(r):
    """Circle area."""
    return math.pi * r ** 2

class Shape:
    """  A shape.  """
    def scale(self, k):
        total = 0
        for i in range(k):
            total += helper(i, key=k)
        return total
'''
tree = ast.parse(SRC)
print([type(n).__name__ for n in ast.walk(tree)])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x + 1", mode="eval").body)])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[2])])
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
print(ast.get_docstring(tree.body[2]), ast.get_docstring(tree.body[3]), ast.get_docstring(tree.body[3].body[1]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print(e)


class Collector(ast.NodeVisitor):
    def __init__(self):
        self.names, self.calls, self.funcs = [], [], []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))

    def visit_Call(self, node):
        self.calls.append(ast.dump(node.func))
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.funcs.append((node.name, [a.arg for a in node.args.args], node.lineno, node.end_lineno))
        self.generic_visit(node)


c = Collector()
print(c.visit(tree))
print(c.names)
print(c.calls)
print(c.funcs)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}

    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)


k = Counter()
k.visit(tree)
print(sorted(k.counts.items()))


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'r':
            return ast.copy_location(ast.Name(id='radius', ctx=node.ctx), node)
        return node

    def visit_Import(self, node):
        return None

    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(value=node.value * 10)
        return node

    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]


new = Renamer().visit(ast.parse("import os\nx = r + 2\nf(r)\n"))
print(ast.dump(new))
ast.fix_missing_locations(new)
print(ast.dump(new, include_attributes=True))
ast.increment_lineno(new, 5)
print([(type(n).__name__, n.lineno, n.end_lineno) for n in ast.walk(new) if hasattr(n, 'lineno')])

# A transformer that drops an optional child.
class DropReturnValue(ast.NodeTransformer):
    def visit_Constant(self, node):
        return None


t2 = DropReturnValue().visit(ast.parse("def f():\n    return 3\n"))
print(ast.dump(t2))

seg_src = "x = foo(a,\n        b)  # c\ny = 'caf\u00e9' + z\n"
seg_tree = ast.parse(seg_src)
for node in ast.walk(seg_tree):
    if isinstance(node, (ast.Call, ast.BinOp, ast.Name)):
        print(type(node).__name__, repr(ast.get_source_segment(seg_src, node)),
              repr(ast.get_source_segment(seg_src, node, padded=True)))
print(ast.get_source_segment(seg_src, ast.Name('q')))

# compile() of the unparsed-free path: exec the source the tree came from.
code = compile(SRC, '<ast>', 'exec')
ns = {}
exec(code, ns)
print(round(ns['area'](2), 3))
