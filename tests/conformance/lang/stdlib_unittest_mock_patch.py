# unittest.mock.patch, patch.object and patch.dict: as with-blocks, stacked decorators (mocks
# passed innermost first), start/stop, create=True, and a missing attribute's error.
import json
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, call

cfg = {"a": 1}
print(mock.patch is patch, mock.MagicMock is MagicMock)

def loads_twice(s):
    return json.loads(s), json.loads(s)

with patch('json.loads') as m:
    m.return_value = 42
    print(loads_twice('x'), m.call_count, m.call_args)
print(json.loads('[1]'))

@patch('json.dumps', return_value='X')
@patch('json.loads')
def f(a, m_loads, m_dumps):
    m_loads.return_value = 5
    print(a, json.loads('1'), json.dumps(2), m_dumps.call_args_list)
f('arg')

class Obj:
    def meth(self):
        return 'real'

with patch.object(Obj, 'meth', return_value='fake') as pm:
    print(Obj().meth(), pm.called)
print(Obj().meth())
with patch.object(Obj, 'meth', new=lambda self: 'new'):
    print(Obj().meth())
with patch.dict(cfg, {'b': 2}):
    print(sorted(cfg.items()))
print(cfg)
with patch.dict(cfg, clear=True, z=0):
    print(cfg)
print(cfg)
try:
    with patch("__main__.Obj.nope"):
        pass
except AttributeError as e:
    print('AttributeError', e)
with patch('json.nope', create=True, new=7):
    print(json.nope)
print(hasattr(json, 'nope'))
p = patch('json.loads', new=len)
started = p.start()
print(json.loads('abc'), started is len)
p.stop()
print(json.loads('3'))

import io
import unittest


class Clock:
    def now(self):
        return 'real time'


@patch.object(Clock, 'now', return_value='frozen')
class UsesClock(unittest.TestCase):
    def test_now(self, mocked):
        self.assertEqual(Clock().now(), 'frozen')
        mocked.assert_called_once_with()

    @patch('json.dumps')
    def test_two(self, m_dumps, mocked):
        json.dumps(1)
        m_dumps.assert_called_with(1)
        self.assertFalse(mocked.called)


buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(UsesClock))
print(r.testsRun, r.wasSuccessful(), Clock().now())
print(buf.getvalue().splitlines()[:2])
