# help() on functions, lambdas, bound methods and classes, as python3 prints it to a pipe:
# signatures, docstrings, a class's sections (defined here / inherited, MRO, properties,
# class and static methods, data), and inherited docstrings of overriding methods.
import pydoc


class Shape:
    '''A shape with a name.'''
    sides = 0

    def __init__(self, name, scale=1.0):
        '''Make a shape called name.'''
        self.name = name

    def area(self):
        '''The area.'''
        return 0.0

    def describe(self, verbose=False):
        return self.name

    @property
    def label(self):
        '''The label.'''
        return self.name.title()

    @label.setter
    def label(self, value):
        self.name = value

    @classmethod
    def unit(cls, *, scale=1):
        '''A unit shape.'''
        return cls('unit')

    @staticmethod
    def count(items, /):
        return len(items)


class Square(Shape):
    '''A square.

    Four equal sides.'''
    sides = 4
    kind = ('regular', 4)

    def area(self):
        return self.size ** 2

    def __len__(self):
        return 4


def total(values, *rest, start=0, **options):
    '''Sum the values.

    Extra keyword options are ignored.
    '''
    return sum(values, start)


help(total)
help(lambda a, b=2, *c: a)
help(Shape)
help(Square)
help(Square('s').describe)
help(Shape.unit)
print(pydoc.render_doc(Shape.area) == 'Python Library Documentation: ' or 'ok')
print(pydoc.getdoc(Square), '|', repr(pydoc.getdoc(object())), pydoc.describe(Square), pydoc.describe(total))
