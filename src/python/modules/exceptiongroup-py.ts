// BaseExceptionGroup and ExceptionGroup (PEP 654) in Python, after Objects/exceptions.c:
// the constructor's checks and its choice of ExceptionGroup, message/exceptions, str,
// derive, split and subgroup (with a type, a tuple of types or a predicate), and the two
// helpers `except*` uses: the match of one clause (CHECK_EG_MATCH) and the exception to
// re-raise at the end (_PyExc_PrepReraiseStar). Loaded when a program first names one of
// the two builtins or uses `except*`.

/** Python source of the hidden `_exceptiongroup` module. */
export const EXCEPTIONGROUP_PY = String.raw`
class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""
    __module__ = 'builtins'
    __slots__ = ('_message', '_exceptions')

    def __new__(cls, *args, **kwargs):
        # PyArg_ParseTuple(args, "UO:BaseExceptionGroup.__new__"); keywords are __init__'s to refuse.
        if len(args) != 2:
            raise TypeError(
                f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(
                f'BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}')
        if not hasattr(type(exceptions), '__getitem__') or isinstance(exceptions, dict):
            raise TypeError('second argument (exceptions) must be a sequence')
        excs = tuple(exceptions)
        if not excs:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        nested_base_exceptions = False
        for i, exc in enumerate(excs):
            if not isinstance(exc, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
            if not isinstance(exc, Exception):
                nested_base_exceptions = True
        if cls is BaseExceptionGroup:
            if not nested_base_exceptions:
                cls = ExceptionGroup
        elif cls is ExceptionGroup:
            if nested_base_exceptions:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
        elif nested_base_exceptions and issubclass(cls, Exception):
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError(f'{type(self).__name__}() takes no keyword arguments')
        BaseException.__init__(self, *args)

    @property
    def message(self):
        """exception message"""
        return self._message

    @property
    def exceptions(self):
        """nested exceptions"""
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'' if n == 1 else 's'})"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def derive(self, excs, /):
        return BaseExceptionGroup(self._message, excs)

    def _subset(self, excs):
        # exceptiongroup_subset: a derived group with this group's traceback, cause, context, notes.
        if not excs:
            return None
        eg = self.derive(excs)
        if not isinstance(eg, BaseExceptionGroup):
            raise TypeError('derive must return an instance of BaseExceptionGroup')
        eg.__traceback__ = self.__traceback__
        eg.__context__ = self.__context__
        eg.__cause__ = self.__cause__  # PyException_SetCause: suppresses the context
        notes = getattr(self, '__notes__', None)
        if notes is not None and isinstance(notes, (list, tuple)):
            eg.__notes__ = list(notes)
        return eg

    def _split(self, match, construct_rest):
        if match(self):
            return self, None
        matched, rest = [], []
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                m, r = exc._split(match, construct_rest)
            elif match(exc):
                m, r = exc, None
            else:
                m, r = None, exc
            if m is not None:
                matched.append(m)
            if construct_rest and r is not None:
                rest.append(r)
        return self._subset(matched), (self._subset(rest) if construct_rest else None)

    def split(self, condition, /):
        return self._split(_matcher(condition), True)

    def subgroup(self, condition, /):
        return self._split(_matcher(condition), False)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'
    __slots__ = ()


def _matcher(condition):
    # get_matcher_type: a function, an exception type or a tuple of exception types.
    if callable(condition) and not isinstance(condition, type):
        return lambda exc: bool(condition(exc))
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda exc: isinstance(exc, condition)
    if type(condition) is tuple and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda exc: isinstance(exc, condition)
    raise TypeError('expected a function, exception type or tuple of exception types')


def _check_star_type(match_type):
    types = match_type if type(match_type) is tuple else (match_type,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError('catching classes that do not inherit from BaseException is not allowed')
        if issubclass(t, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')


def _star_match(exc_value, match_type):
    # CHECK_EG_MATCH: (match, rest) of one except* clause; match None leaves exc_value as rest.
    _check_star_type(match_type)
    if exc_value is None:
        return None, None
    if isinstance(exc_value, match_type):
        if isinstance(exc_value, BaseExceptionGroup):
            return exc_value, None
        wrapped = BaseExceptionGroup('', (exc_value,))
        wrapped.__traceback__ = exc_value.__traceback__
        return wrapped, None
    if isinstance(exc_value, BaseExceptionGroup):
        return exc_value.split(match_type)
    return None, exc_value


def _leaf_ids(exc, ids):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, ids)
    else:
        ids.add(id(exc))
    return ids


def _same_metadata(e1, e2):
    return (e1.__traceback__ is e2.__traceback__ and e1.__cause__ is e2.__cause__
            and e1.__context__ is e2.__context__)


def _prep_reraise_star(orig, excs):
    # _PyExc_PrepReraiseStar: what the handlers raised, and what they re-raised or left
    # unhandled (projected back onto the original group).
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    raised, reraised = [], []
    for e in excs:
        if e is None:
            continue
        (reraised if _same_metadata(e, orig) else raised).append(e)
    keep = set()
    for e in reraised:
        _leaf_ids(e, keep)
    reraised_eg = orig._split(lambda leaf: not isinstance(leaf, BaseExceptionGroup) and id(leaf) in keep, False)[0] if keep else None
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return BaseExceptionGroup('', raised)
    return raised[0]
`;
