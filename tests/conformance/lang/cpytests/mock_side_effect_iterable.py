# unittest.mock: side_effect as an iterable returns (or raises) its items call by call;
# a side_effect function returning DEFAULT gives return_value.
from unittest import mock
m = mock.Mock(side_effect=[1, ValueError("boom"), 3])
print(m())
try:
    m()
except ValueError as e:
    print("raised", e)
print(m(), m.call_count)
try:
    m()
except StopIteration:
    print("StopIteration")
d = mock.Mock(return_value=7, side_effect=lambda x: mock.DEFAULT if x else x * 2)
print(d(0), d(1))
g = mock.Mock()
g.side_effect = iter("ab")
print(g(), g())
e = mock.Mock(side_effect=KeyError)
try:
    e()
except KeyError:
    print("KeyError class")
