import unittest, io, re
from collections import OrderedDict, Counter, deque
class T(unittest.TestCase):
    maxDiff = None
    def test_a(self): self.assertEqual([1, 2, {'a': list(range(30))}], [1, 3, {'a': list(range(31))}])
    def test_b(self): self.assertEqual({'k%d' % i: i for i in range(20)}, {'k%d' % i: i+1 for i in range(20)})
    def test_c(self): self.assertEqual(OrderedDict(a=1, b=[1]*40), OrderedDict(a=2, b=[1]*40))
    def test_d(self): self.assertEqual(b'x'*100, b'x'*99+b'y')
    def test_e(self): self.assertListEqual([deque(range(30))], [deque(range(29))])
s = io.StringIO()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=s))
print(re.sub(r'\d+\.\d+s', 'Xs', re.sub(r'File ".*?"', 'F', s.getvalue())))
