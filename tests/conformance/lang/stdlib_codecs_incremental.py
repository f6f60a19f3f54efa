# codecs incremental encoders/decoders (split multi-byte sequences, BOMs written and read
# once, errors across chunk borders) and StreamReader / StreamWriter over io.BytesIO.
import codecs
import io

d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), repr(d.decode(b'\xac caf\xc3')), repr(d.decode(b'\xa9', final=True)), d.getstate())
d = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(repr(d.decode(b'ab\xff\xf0\x9f')), repr(d.decode(b'\x98')), repr(d.decode(b'', final=True)))
for chunks in [[b'\xe2'], [b'h\xc3', b'\xde'], [b'\xf4\x90']]:
    d = codecs.getincrementaldecoder('utf-8')()
    try:
        for c in chunks:
            print(repr(d.decode(c)), end=' ')
        print(repr(d.decode(b'', final=True)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.getstate())
e.reset()
print(e.encode('c'))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.encode('x'), e.encode('y'))
data = 'héllo 😀 wörld'.encode('utf-16')
d = codecs.getincrementaldecoder('utf-16')()
print([d.decode(data[i:i + 3]) for i in range(0, len(data), 3)], repr(d.decode(b'', True)), d.getstate())
data = 'big endian'.encode('utf-32-be')
d = codecs.getincrementaldecoder('utf-32')()
print(repr(d.decode(codecs.BOM_UTF32_BE + data[:5])), repr(d.decode(data[5:], final=True)))
for codec, data in [('utf-16', b'a\x00'), ('utf-32', b'a\x00\x00\x00'), ('utf-16', b'\xff')]:
    try:
        print(repr(codecs.getincrementaldecoder(codec)().decode(data, final=True)))
    except UnicodeError as e:
        print(type(e).__name__, e)
d = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(d.decode(b'\xef')), repr(d.decode(b'\xbb\xbfhi')), repr(d.decode(b'\xef\xbb\xbf')))
print(codecs.getincrementaldecoder('ascii')().decode(b'ok'), codecs.getincrementalencoder('latin-1')().encode('\xe9'))
print(codecs.getincrementalencoder('hex')().encode(b'\x01\x02'), codecs.getincrementaldecoder('base64')().decode(b'aGk='))
print(codecs.getincrementaldecoder('utf-8').__name__, codecs.lookup('utf-8').incrementalencoder.__name__)
print(list(codecs.iterdecode([b'\xe2\x82', b'\xac'], 'utf-8')))

raw = 'line one\nline two\r\nthree é\n\nlast'.encode('utf-16')
r = codecs.getreader('utf-16')(io.BytesIO(raw))
print([r.readline() for _ in range(6)])
r = codecs.getreader('utf-8')(io.BytesIO('a\nbé\nc'.encode()))
print(r.read(), r.read())
print(list(codecs.getreader('latin-1')(io.BytesIO(b'x\ny\xe9'))))
buf = io.BytesIO()
w = codecs.getwriter('utf-16-be')(buf)
w.write('hé')
w.writelines(['l', 'lo'])
print(buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('a')
w.write('b')
print(buf.getvalue())
try:
    codecs.open('/nonexistent/dir/file.txt', 'r', 'utf-8')
except OSError as e:
    print('OSError', isinstance(e, OSError))
