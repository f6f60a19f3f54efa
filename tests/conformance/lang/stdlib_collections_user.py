# UserDict, UserList, UserString: wrappers with .data, subclass hooks, reprs, operators.
from collections import UserDict, UserList, UserString
import copy

def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

ud = UserDict({'a': 1}, b=2)
print(ud, repr(ud), ud.data, len(ud), ud['a'], 'b' in ud, list(ud), ud.get('q', 0))
ud['c'] = 3
del ud['a']
print(ud, sorted(ud.items()), ud.pop('b'), ud)
show(lambda: ud['nope'])
show(lambda: ud.pop('nope'))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'], Missing().get('ab'))
class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
up = Upper(x=1)
up.update({'y': 2})
up.setdefault('z', 3)
print(up, up.copy(), type(up.copy()).__name__)
print(UserDict.fromkeys('ab', 0), UserDict() == {}, UserDict(a=1) == {'a': 1}, UserDict(a=1) == UserDict(a=1))
print(UserDict(a=1) | {'b': 2}, {'b': 2} | UserDict(a=1))
x = UserDict(a=1)
x |= {'b': 2}
print(x, copy.copy(x), copy.deepcopy(x))
print(UserDict(dict=5), UserDict([('k', 'v')]))
ud2 = UserDict(a=1)
ud2.clear()
print(ud2, ud2.popitem() if ud2 else 'empty')

ul = UserList([3, 1, 2])
print(ul, repr(ul), ul.data, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__)
ul.append(4); ul.insert(0, 0); ul.extend([5, 6]); ul.extend(UserList([7]))
print(ul)
ul.sort(); print(ul)
ul.sort(reverse=True); print(ul)
ul.reverse(); print(ul)
print(ul.pop(), ul.pop(0), ul, ul.index(3), ul.count(3))
ul.remove(3)
print(ul, 2 in ul, 9 in ul)
ul[0] = 'a'
del ul[1]
print(ul)
print(ul + [9], [9] + ul, ul + UserList([8]), ul * 2, 2 * ul, type([9] + ul).__name__)
ul += [10]
ul *= 2
print(ul)
print(UserList([1, 2]) == [1, 2], UserList([1]) < [2], UserList([1, 2]) == UserList([1, 2]), UserList([3]) > UserList([2]))
print(UserList(), UserList('abc'), UserList(UserList([1])), UserList((1, 2)))
c = ul.copy()
print(type(c).__name__, c == ul, c is ul)
show(lambda: UserList().pop())
show(lambda: UserList([1]).index(5))
show(lambda: UserList([1]).remove(5))
ul.clear()
print(ul, copy.copy(UserList([1, [2]])), copy.deepcopy(UserList([1, [2]])))
print(list(reversed(UserList([1, 2, 3]))), sorted(UserList([2, 1])), max(UserList([4, 9])))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1])
s.push(2)
print(s, s[::-1], type(s[::-1]).__name__, s.copy(), type(s.copy()).__name__)

us = UserString('hello')
print(us, repr(us), us.data, len(us), us[1], us[1:3], type(us[1:3]).__name__)
print(us.upper(), type(us.upper()).__name__, us.capitalize(), us.center(11, '*'), us.count('l'))
print(us.find('l'), us.rfind('l'), us.index('e'), us.startswith('he'), us.endswith('lo'), us.isalpha())
print(us.replace('l', 'L'), us.split('l'), us.partition('l'), us.strip('ho'), us.zfill(8))
print(us + ' world', 'say ' + us, us * 2, us == 'hello', us == UserString('hello'), 'ell' in us)
print(us < 'world', hash(us) == hash('hello'), str(us), int(UserString('42')), float(UserString('1.5')))
print('%s!' % us, us % () if False else '', UserString('%d-%s') % (1, 'a'))
print(UserString(123), UserString(UserString('x')), us.join(['a', 'b']), us.format() if False else '')
print(sorted([UserString('b'), UserString('a')]), us.encode(), us.title(), us.swapcase(), us.casefold())
print(us.ljust(7, '.'), us.rjust(7, '.'), us.lstrip('h'), us.rstrip('o'), us.splitlines(), us.expandtabs())
print(us.isdigit(), us.islower(), us.isupper(), us.isspace(), us.istitle(), us.isidentifier(), us.isnumeric())
print(list(us), list(reversed(us)), us.removeprefix('he'), us.removesuffix('lo'), us.translate({ord('h'): 'j'}))
