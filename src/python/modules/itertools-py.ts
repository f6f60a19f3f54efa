// itertools in Python, run on pymm at `import itertools`: lazy iterator classes named as
// CPython's (type(chain()) is itertools.chain), with CPython's argument errors and the reprs
// of count and repeat. State lives in slots (no __dict__, no weak references but _tee's, as
// CPython's types), so the collector sees it; __sizeof__ gives the C types' sizes.
// https://docs.python.org/3.11/library/itertools.html

/** The Python source. */
export const ITERTOOLS_PY = String.raw`
_MISSING = object()
_MAXSIZE = 9223372036854775807


def _nargs(name, args, kwargs, lo, hi):
    # Argument checks of a METH_VARARGS function without keywords.
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    n = len(args)
    if lo <= n <= hi:
        return
    if lo == hi:
        raise TypeError('%s expected %d argument%s, got %d' % (name, lo, '' if lo == 1 else 's', n))
    if n < lo:
        raise TypeError('%s expected at least %d argument%s, got %d' % (name, lo, '' if lo == 1 else 's', n))
    raise TypeError('%s expected at most %d argument%s, got %d' % (name, hi, '' if hi == 1 else 's', n))


def _parse(name, args, kwargs, names, required):
    # Argument binding of an Argument Clinic function: values in order, _MISSING if absent.
    if len(args) > len(names):
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, len(names), '' if len(names) == 1 else 's', len(args)))
    out = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, key))
        i = names.index(key)
        if out[i] is not _MISSING:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, key, i + 1))
        out[i] = value
    for i in range(required):
        if out[i] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
    return out


def _nonneg(r):
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_n', '_step')

    def __init__(self, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, (int, float)) or hasattr(t, '__index__')
                    or hasattr(t, '__float__') or hasattr(t, '__int__') or hasattr(t, '__complex__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ('_firstpass', '_index', '_it', '_saved')

    def __init__(self, *args, **kwargs):
        _nargs('cycle', args, kwargs, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ('_obj', '_times')

    def __init__(self, *args, **kwargs):
        obj, times = _parse('repeat', args, kwargs, ('object', 'times'), 1)
        self._obj = obj
        if times is _MISSING:
            self._times = None
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ('_active', '_source')

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                for it in self._source:
                    self._active = iter(it)
                    break
                else:
                    self._source = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ('_cnt', '_it', '_next', '_step', '_stop')

    def __init__(self, *args, **kwargs):
        _nargs('islice', args, kwargs, 2, 4)
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        if stop is not None:
            if not isinstance(stop, int) or stop < 0 or stop > _MAXSIZE:
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0 or start > _MAXSIZE:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        elif not isinstance(step, int) or step < 1 or step > _MAXSIZE:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class _tee_data:
    __slots__ = ('it', 'values')

    def __init__(self, it):
        self.it = it
        self.values = []


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('__weakref__', '_data', '_index')

    def __init__(self, iterable, _data=None, _index=0):
        if _data is not None:
            self._data = _data
            self._index = _index
            return
        it = iter(iterable)
        if isinstance(it, _tee):
            self._data = it._data
            self._index = it._index
        else:
            self._data = _tee_data(it)
            self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._index
        if i < len(data.values):
            value = data.values[i]
        else:
            value = next(data.it)
            data.values.append(value)
        self._index = i + 1
        return value

    def __copy__(self):
        return _tee(None, self._data, self._index)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    first = _tee(iterable)
    return (first,) + tuple(first.__copy__() for i in range(n - 1))


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_func', '_initial', '_it', '_total')

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse('accumulate', args, kwargs, ('iterable', 'func', 'initial'), 1)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = None if initial is _MISSING else initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _MISSING:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MISSING:
            gb._step()
        if not (self._tgtkey is gb._currkey or self._tgtkey == gb._currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _MISSING
        return value


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_currgrouper', '_currkey', '_currvalue', '_it', '_keyfunc', '_tgtkey')

    def __init__(self, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1)
        self._keyfunc = None if key is _MISSING else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple."""
    __slots__ = ('_active', '_fill', '_its')

    def __init__(self, *args, **kwargs):
        fillvalue = None
        for k, v in kwargs.items():
            if k != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = v
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        _nargs('starmap', args, kwargs, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        # starmap_next: PySequence_Tuple of the item (its own TypeError), then the call.
        return self._func(*tuple(next(self._it)))


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ('_it', '_pred', '_stop')

    def __init__(self, *args, **kwargs):
        _nargs('takewhile', args, kwargs, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        value = next(self._it)
        if self._pred(value):
            return value
        self._stop = True
        raise StopIteration


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ('_dropping', '_it', '_pred')

    def __init__(self, *args, **kwargs):
        _nargs('dropwhile', args, kwargs, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            pred = self._pred
            for value in it:
                if not pred(value):
                    self._dropping = False
                    return value
            raise StopIteration
        return next(it)


class filterfalse:
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ('_it', '_pred')

    def __init__(self, *args, **kwargs):
        _nargs('filterfalse', args, kwargs, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for value in self._it:
            if not (bool(value) if pred is None else pred(value)):
                return value
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""
    __slots__ = ('_data', '_selectors')

    def __init__(self, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs, ('data', 'selectors'), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        for s in self._selectors:
            value = next(data)
            if s:
                return value
        raise StopIteration


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ('_it', '_old')

    def __init__(self, *args, **kwargs):
        _nargs('pairwise', args, kwargs, 1, 1)
        self._it = iter(args[0])
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _MISSING:
            try:
                old = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        self._old = new
        return (old, new)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ('_done', '_indices', '_pools')

    def __init__(self, *args, **kwargs):
        repeat = 1
        for k, v in kwargs.items():
            if k != 'repeat':
                raise TypeError("product() got an unexpected keyword argument '%s'" % k)
            repeat = v
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(a) for a in args] * repeat
        self._pools = pools
        self._indices = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            for p in pools:
                if not p:
                    self._done = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            return tuple([p[0] for p in pools])
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        else:
            self._done = True
            raise StopIteration
        return tuple([pools[j][indices[j]] for j in range(len(pools))])


class combinations:
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ('_done', '_indices', '_pool', '_r')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs, ('iterable', 'r'), 2)
        self._pool = tuple(iterable)
        self._r = _nonneg(r)
        self._indices = None
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            self._indices = list(range(r))
            return tuple(pool[:r])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    __slots__ = ('_done', '_indices', '_pool', '_r')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        self._pool = tuple(iterable)
        self._r = _nonneg(r)
        self._indices = None
        self._done = not self._pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            self._indices = [0] * r
            return tuple([pool[0]] * r) if r else ()
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple([pool[k] for k in indices])


class permutations:
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ('_cycles', '_done', '_indices', '_pool', '_r')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is _MISSING or r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        self._pool = pool
        self._r = _nonneg(r)
        self._indices = None
        self._cycles = None
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple(pool[:r])
        indices = self._indices
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
            i -= 1
        self._done = True
        raise StopIteration


def _fixed_size(size):
    def __sizeof__(self):
        return size
    return __sizeof__


# object.__sizeof__ of CPython's C types: tp_basicsize (sys.getsizeof adds the GC header).
for _cls, _size in ((count, 40), (cycle, 48), (repeat, 32), (chain, 32), (islice, 56), (_tee, 40),
                    (accumulate, 48), (_grouper, 32), (groupby, 64), (zip_longest, 56), (starmap, 32),
                    (takewhile, 40), (dropwhile, 40), (filterfalse, 32), (compress, 32), (pairwise, 32)):
    _cls.__sizeof__ = _fixed_size(_size)
del _size, _fixed_size
# product_sizeof, combinations_sizeof, cwr_sizeof, permutations_sizeof: their index arrays.
product.__sizeof__ = lambda self: 48 + 8 * len(self._pools)
combinations.__sizeof__ = lambda self: 56 + 8 * self._r
combinations_with_replacement.__sizeof__ = lambda self: 56 + 8 * self._r
permutations.__sizeof__ = lambda self: 64 + 8 * (len(self._pool) + self._r)

# The tp_names of CPython's C types (messages show 'itertools.count').
for _cls in (count, cycle, repeat, chain, islice, _tee, accumulate, _grouper, groupby, zip_longest,
             starmap, takewhile, dropwhile, filterfalse, compress, pairwise, product, combinations,
             combinations_with_replacement, permutations):
    _set_tp_name(_cls, 'itertools.' + _cls.__name__)
del _cls, _set_tp_name
`;
