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

/** Fills unittest.mock: Mock and MagicMock that record their calls. */
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
            if isinstance(effect, type) and issubclass(effect, BaseException):
                raise effect
            if isinstance(effect, BaseException):
                raise effect
            return effect(*args, **kwargs)
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
`;
