# Newline translation (universal newlines on read, newline='' / '\n' / '\r' / '\r\n') and
# encodings (utf-8 default, latin-1, errors=), UnicodeDecodeError on bad utf-8, f.newlines.
import os, tempfile
os.chdir(tempfile.mkdtemp())
n = 'text.txt'
with open(n, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
print(open(n, 'rb').read(), repr(open(n).read()), repr(open(n, newline='').read()))
with open(n, 'w', newline='\r') as f:
    f.write('x\ny\n')
print(open(n, 'rb').read(), open(n).readlines(), open(n, newline='\r').readlines())
with open(n, 'w', newline='') as f:
    f.write('p\r\nq\rr\n')
print(open(n, 'rb').read())
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(n, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
with open(n) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read()))
with open(n, 'w', encoding='latin-1') as f:
    print(repr(f), f.encoding)
    f.write('café ñ')
print(open(n, 'rb').read(), open(n, encoding='latin-1').read())
try:
    open(n).read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(open(n, errors='replace').read()), repr(open(n, errors='ignore').read()))
with open(n, 'w', encoding='utf-8') as f:
    print(repr(f), f.write('é€𝄞'), f.tell())
print(open(n, 'rb').read(), open(n, encoding='utf-8').read(), os.path.getsize(n))
with open(n) as f:
    print(f.read(1), f.tell(), f.read(1), f.tell(), f.read(), f.tell())
try:
    with open(n, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(n, 'w', encoding='ascii', errors='replace') as f:
    f.write('é!')
print(open(n).read())
with open(n, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('é!')
print(open(n).read())
os.remove(n)
os.rmdir(os.getcwd())
