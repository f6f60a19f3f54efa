# Caret lines under source with wide (East Asian) and astral characters.
import traceback
try:
    print(名前 + 1)
except NameError:
    traceback.print_exc()
名前 = 'x'
try:
    print(名前 + 1)
except TypeError:
    traceback.print_exc()
x = {'名前': [1]}
try:
    print(x['名前'][5])
except IndexError:
    traceback.print_exc()
try:
    a = '😀𝑥'; b = {'😀': 1}['𝑥']
except KeyError:
    traceback.print_exc()
try:
    s = 'héllo wörld'; n = s + 5
except TypeError:
    traceback.print_exc()
d = {}
v = d['名前'] + d['x']
