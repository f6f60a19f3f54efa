// The `unittest` module (its Python source is put together in unittest-py.ts) and
// `unittest.mock`'s Mock.

import type { Ptr } from '../../heap/index.js';
import type { Interpreter } from '../vm/interp.js';
import { UNITTEST_PY } from './unittest-py.js';

/** Fills the unittest module: a package, so that `import unittest.mock` works. */
export function initUnittestModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const path = n.list([]);
  n.dictSet(dict, n.intern('__path__'), path);
  interp.decref(path);
  interp.runPythonInto(UNITTEST_PY, '<frozen unittest>', dict);
}

/** Fills unittest.mock: Mock and MagicMock that record their calls, patch, patch.object, patch.dict. */
export function initMockModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  interp.runPythonInto(MOCK_PY, '<frozen unittest.mock>', dict);
}

const MOCK_PY = String.raw`
class _Call:
    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs

    def __eq__(self, other):
        if isinstance(other, _Call):
            other = (other.args, other.kwargs)
        return (self.args, self.kwargs) == other

    def __iter__(self):
        return iter((self.args, self.kwargs))

    def __repr__(self):
        parts = [repr(a) for a in self.args] + ['%s=%r' % kv for kv in self.kwargs.items()]
        return 'call(%s)' % ', '.join(parts)


def call(*args, **kwargs):
    return _Call(args, kwargs)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


class Mock:
    def __init__(self, return_value=None, side_effect=None, name=None, **kwargs):
        self.__dict__['_children'] = {}
        self.__dict__['return_value'] = return_value
        self.__dict__['side_effect'] = side_effect
        self.__dict__['_name'] = name
        self.__dict__['call_args_list'] = []
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if name.startswith('assert') and not hasattr(type(self), name):
            raise AttributeError(name)
        children = self.__dict__['_children']
        if name not in children:
            children[name] = Mock(name=name)
        return children[name]

    def __call__(self, *args, **kwargs):
        self.call_args_list.append(_Call(args, kwargs))
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                # An iterable: each call returns (or raises) its next item.
                if not hasattr(effect, '__next__'):
                    effect = self.__dict__['side_effect'] = iter(effect)
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        return self.return_value

    @property
    def called(self):
        return len(self.call_args_list) > 0

    @property
    def call_count(self):
        return len(self.call_args_list)

    @property
    def call_args(self):
        return self.call_args_list[-1] if self.call_args_list else None

    def reset_mock(self):
        self.call_args_list.clear()

    def _desc(self):
        return self._name if self._name is not None else 'mock'

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times."
                                 % (self._desc(), self.call_count))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._desc())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times."
                                 % (self._desc(), self.call_count))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %r\n  Actual: not called.'
                                 % (_Call(args, kwargs),))
        if self.call_args != (args, kwargs):
            raise AssertionError('expected call not found.\nExpected: %r\n  Actual: %r'
                                 % (_Call(args, kwargs), self.call_args))

    def assert_called_once_with(self, *args, **kwargs):
        self.assert_called_once()
        self.assert_called_with(*args, **kwargs)

    def __repr__(self):
        return "<Mock id='%d'>" % id(self)


MagicMock = Mock


class _Default:
    def __repr__(self):
        return 'sentinel.DEFAULT'


DEFAULT = _Default()


class _Patch:
    # One patch: replaces getter().attribute while active (a with-block, a decorated call,
    # or between start() and stop()), then puts the original back (or deletes the new one).
    def __init__(self, getter, attribute, new, create, kwargs):
        self.getter, self.attribute, self.new = getter, attribute, new
        self.create, self.kwargs, self.saved = create, kwargs, []

    def __enter__(self):
        target = self.getter()
        try:
            original = getattr(target, self.attribute)
        except AttributeError:
            if not self.create:
                raise AttributeError('%s does not have the attribute %r'
                                     % (target, self.attribute)) from None
            original = DEFAULT
        new = self.new
        if new is DEFAULT:
            new = MagicMock(**self.kwargs)
        self.saved.append((target, original))
        setattr(target, self.attribute, new)
        return new

    def stop(self):
        target, original = self.saved.pop()
        if original is DEFAULT:
            delattr(target, self.attribute)
        else:
            setattr(target, self.attribute, original)
        return False

    start = __enter__

    def __exit__(self, *exc):
        return self.stop()

    def __call__(self, func):
        return _with_patch(func, self, self.new is DEFAULT)


def _with_patch(func, one, passes_mock):
    # Decorate a test function (or each test method of a class) with a patch; patches
    # stacked on one function give their mocks innermost first.
    if isinstance(func, type):  # a class: each of its test methods
        for name in list(vars(func)):
            if name.startswith('test') and callable(getattr(func, name)):
                setattr(func, name, _with_patch(getattr(func, name), one, passes_mock))
        return func
    stack = getattr(func, 'patchings', None)
    if stack is not None:
        stack.append((one, passes_mock))
        return func

    def patched(*args, **kwargs):
        entered = []
        try:
            extra = []
            for each, passes in patched.patchings:
                value = each.__enter__()
                entered.append(each)
                if passes:
                    extra.append(value)
            return func(*args, *extra, **kwargs)
        finally:
            while entered:
                entered.pop().__exit__(None, None, None)
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(patched, name, getattr(func, name, None))
    patched.__wrapped__ = func
    patched.patchings = [(one, passes_mock)]
    return patched


def _importer(target):
    def find():
        parts = target.split('.')
        found = __import__(parts[0])
        for k in range(1, len(parts)):
            name = '.'.join(parts[:k + 1])
            try:
                found = getattr(found, parts[k])
            except AttributeError:
                __import__(name)
                found = getattr(found, parts[k])
        return found
    return find


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replace the object named by target ('module.attribute') while the patch is active."""
    if not isinstance(target, str) or '.' not in target:
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    where, attribute = target.rsplit('.', 1)
    if new_callable is not None:
        new = new_callable(**kwargs)
    return _Patch(_importer(where), attribute, new, create, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if new_callable is not None:
        new = new_callable(**kwargs)
    return _Patch(lambda: target, attribute, new, create, kwargs)


class _PatchDict:
    # patch.dict: update a dict (optionally cleared first) while active, then restore it.
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict, self.clear, self.saved = in_dict, clear, []
        self.values = {**dict(values), **kwargs}

    def _target(self):
        d = self.in_dict
        return _importer(d)() if isinstance(d, str) else d

    def __enter__(self):
        d = self._target()
        self.saved.append(d.copy())
        if self.clear:
            d.clear()
        d.update(self.values)
        return d

    def stop(self):
        d = self._target()
        d.clear()
        d.update(self.saved.pop())
        return False

    start = __enter__

    def __exit__(self, *exc):
        return self.stop()

    def __call__(self, func):
        return _with_patch(func, self, False)


patch.object = _patch_object
patch.dict = _PatchDict
`;
