import tomllib, io
from decimal import Decimal
doc = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\n value'
site."google.com" = true

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
local = 1979-05-27T07:32:00.999999
day = 1979-05-27
at = 07:32:00.5

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
big = 1_000_000
neg = -17
flt = [6.626e-34, -0.01, 5e+22, 1e06, inf, -inf, +nan]
multi = """
Roses are red\\
   Violets are blue \\u00e9 \\U0001F600"""
raw = \'\'\'
C:\\Users\\nodejs\\templates
  'quoted' \'\'\'
five = """ends with two quotes"""""

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(k, "=", repr(v))
print(tomllib.load(io.BytesIO(b"a = 1.5\r\nb = [\n 1, # c\n 2,\n]\n"), parse_float=Decimal))
bad = ['a = ', 'a = 1\na = 2', 'a = [1,', '[t]\nx=1\n[t]', 'a = "x', 'a = 01', 'a = 1__0', 'x = {a=1,}', 'a.b = 1\na = 2', 'a = tru', '= 1', 'a = 1 b = 2', '[[a]]\n[a]', 'a="\\q"', 'a = 1979-02-30', 'a = {b = 1}\na.c = 2', '[a]\nb.c = 1\n[a.b]', 'a = "\x01"', 'a = [1 2]', 'x = {a = 1 b = 2}', 'x = {a = 1, a = 2}', '[a', '[[a]', 'a = "\\u12"', 'a = "\\ud800"', 'a = 1 # \x00', "a = '''x", 'a.b = 1\n[a.b]\n', 'k = 2000-01-01T25:00:00', 'k = 12:61:00']
for s in bad:
    try:
        print(repr(tomllib.loads(s)))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError:", e)
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError:", e)
print(tomllib.TOMLDecodeError.__mro__, tomllib.__all__)
