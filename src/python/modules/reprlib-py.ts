// The `reprlib` module: repr() with limits on sizes and nesting (Repr, repr, aRepr) and the
// recursive_repr decorator, with CPython 3.11's limits and output.

/** Source of the reprlib module, run in the module's namespace. */
export const REPRLIB_PY = String.raw`
'''repr() with limits: long containers, strings and numbers are shortened with '...'.'''
import builtins
from itertools import islice

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    '''Decorator: a __repr__ that meets its own object again returns fillvalue there.'''

    def decorate(method):
        active = set()

        def wrapper(self):
            key = id(self)
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return method(self)
            finally:
                active.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(method, name))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _sorted_if_possible(items):
    # Sets and dict keys are shown sorted when their items compare, else as they iterate.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    '''Size limits per kind of value; repr(x) applies them down to maxlevel nestings.'''

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        '''The shortened repr of x.'''
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        '''x's shortened repr with level nestings left: repr_<type name>, else repr_instance.'''
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _middle_cut(self, text, limit):
        # Keeps the start and the end of text around the fill value, limit characters in all.
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _items(self, x, level, left, right, limit, single=''):
        count = len(x)
        if level <= 0 and count:
            body = self.fillvalue
        else:
            parts = [self.repr1(item, level - 1) for item in islice(x, limit)]
            if count > limit:
                parts.append(self.fillvalue)
            body = ', '.join(parts)
            if count == 1 and single:
                right = single + right
        return left + body + right

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        parts = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            parts.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if len(x) > self.maxdict:
            parts.append(self.fillvalue)
        return '{' + ', '.join(parts) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._middle_cut(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return self._middle_cut(text, self.maxother)


def _container_method(left, right, limit_name, single='', empty=None, ordered=False):
    # A repr_<type> method for a container shown as left + items + right.
    def method(self, obj, level):
        if empty is not None and not obj:
            return empty(obj)
        items = _sorted_if_possible(obj) if ordered else obj
        return self._items(items, level, left(obj), right, getattr(self, limit_name), single)
    return method


# Per container type: how its shortened repr opens, closes and which limit it takes.
for _name, _method in {
    'tuple': _container_method(lambda t: '(', ')', 'maxtuple', ','),
    'list': _container_method(lambda t: '[', ']', 'maxlist'),
    'array': _container_method(lambda a: f"array('{a.typecode}', [", '])', 'maxarray',
                               empty=lambda a: f"array('{a.typecode}')"),
    'set': _container_method(lambda s: '{', '}', 'maxset', empty=lambda s: 'set()', ordered=True),
    'frozenset': _container_method(lambda s: 'frozenset({', '})', 'maxfrozenset',
                                   empty=lambda s: 'frozenset()', ordered=True),
    'deque': _container_method(lambda d: 'deque([', '])', 'maxdeque'),
}.items():
    _method.__name__ = _method.__qualname__ = 'repr_' + _name
    setattr(Repr, 'repr_' + _name, _method)
del _name, _method

aRepr = Repr()
repr = aRepr.repr
`;
