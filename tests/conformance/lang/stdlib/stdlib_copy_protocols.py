# copy: shallow/deep copies of builtins and instances, memo, __copy__/__deepcopy__, __reduce_ex__, state.
import copy


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p = Plain([1, 2], {'k': [3]})
s = copy.copy(p)
d = copy.deepcopy(p)
print(type(s).__name__, s.a is p.a, d.a is p.a, d.b == p.b, d.b['k'] is p.b['k'], s is p)

data = {'list': [1, [2, 3]], 'tuple': (1, [2]), 'set': {1, 2}, 'fs': frozenset({3}), 'str': 'x', 'n': None}
c = copy.copy(data)
dc = copy.deepcopy(data)
print(c == data, c is data, c['list'] is data['list'], dc['list'][1] is data['list'][1], dc == data)
t = (1, 2, 'a')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
print(copy.copy(42), copy.deepcopy('s'), copy.copy(len) is len, copy.deepcopy(Plain) is Plain)
ba = bytearray(b'ab')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy([ba])[0] is ba)

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl is loop, repr(dl))
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, copy.deepcopy(x, memo) is y)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + ['shallow'])

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ['deep'])


cu = Custom([1])
print(copy.copy(cu).v, copy.deepcopy(cu).v, copy.deepcopy([cu, cu])[0].v)


class Reduced:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __reduce_ex__(self, protocol):
        print('reduce_ex', protocol)
        return (Reduced, (self.x,), {'y': self.y, 'extra': 1})


r = copy.copy(Reduced([1], 5))
print(r.x, r.y, r.extra)
r2 = copy.deepcopy(Reduced([1], 5))
print(r2.x, r2.y)


class WithState:
    def __init__(self):
        self.items = [1]
        self.cache = 'big'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)
        self.cache = 'rebuilt'


ws = copy.deepcopy(WithState())
print(ws.items, ws.cache)


class Slots:
    __slots__ = ('a', 'b', '__c')

    def __init__(self):
        self.a = [1]
        self.__c = 3


sl = copy.copy(Slots())
print(sl.a, hasattr(sl, 'b'), sl._Slots__c)
sd = copy.deepcopy(Slots())
print(sd.a, sd._Slots__c)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 't'
cml = copy.copy(ml)
dml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml.tag, cml[1] is ml[1], dml[1] is ml[1], dml.tag)
md = MyDict(a=[1])
print(type(copy.deepcopy(md)).__name__, copy.deepcopy(md), copy.copy(md)['a'] is md['a'])


class NotCopyable:
    def __reduce_ex__(self, proto):
        raise TypeError('cannot copy NotCopyable')


try:
    copy.copy(NotCopyable())
except TypeError as e:
    print('TypeError', e)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
e = copy.copy(ValueError('bad', 2))
print(repr(e), e.args)
import collections
dq = collections.deque([1, [2]], maxlen=5)
cdq = copy.deepcopy(dq)
print(cdq, cdq[1] is dq[1], copy.copy(dq)[1] is dq[1])
od = collections.OrderedDict(a=1)
print(copy.deepcopy(od), copy.copy(collections.Counter('aab')))
import functools
part = functools.partial(max, 1)
print(copy.copy(part)(5), copy.deepcopy(part)(0))
