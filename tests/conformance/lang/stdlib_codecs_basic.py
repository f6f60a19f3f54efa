# codecs: lookup and CodecInfo, encode/decode (text, escape and bytes codecs), the BOMs,
# error handlers (lookup_error, register_error), per-codec functions, and errors users hit.
import codecs

for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'Latin_1', 'iso-8859-1', 'l1', 'ascii', 'US-ASCII',
             'utf-16', 'UTF-16LE', 'utf_16_be', 'utf-32', 'utf-8-sig', 'unicode_escape', 'raw-unicode-escape',
             'base64', 'hex', 'rot13', 'cp65001', '646']:
    info = codecs.lookup(name)
    print(repr(name), info.name, info._is_text_encoding, isinstance(info, tuple), len(info))
info = codecs.lookup('utf-8')
print(info.encode('héllo'), info.decode(b'h\xc3\xa9llo'), info[0] is info.encode, type(info).__name__)
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
for bad in ['nope', 'utf-9', '']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    codecs.lookup(5)
except TypeError as e:
    print(type(e).__name__, e)

print(codecs.encode('héllo'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('héllo', 'latin-1'))
print(codecs.decode(b'\xe9', 'latin-1'), codecs.encode('abc', 'utf-16'), codecs.decode(b'\xff\xfea\x00', 'utf-16'))
print(codecs.encode('€', 'ascii', 'replace'), codecs.encode('€', 'ascii', 'xmlcharrefreplace'),
      codecs.encode('€x', 'ascii', errors='backslashreplace'), codecs.encode('€', 'ascii', 'namereplace'),
      codecs.encode('€', 'ascii', 'ignore'))
print(codecs.decode(b'a\xffb', 'utf-8', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'ignore'),
      codecs.decode(b'a\xffb', 'utf-8', 'backslashreplace'), ascii(codecs.decode(b'a\xffb', 'utf-8', 'surrogateescape')))
print(codecs.decode(b'\xef\xbb\xbfhi', 'utf-8-sig'), codecs.encode('hi', 'utf-8-sig'))
print(codecs.decode(b'a\\nb\\t\\x41\\u00e9\\N{SNOWMAN}', 'unicode_escape'))
print(codecs.decode('tab\\there', 'unicode_escape'), codecs.encode('tab\there\n\u20ac\\', 'unicode_escape'))
print(codecs.decode(b'\\u20ac \\n', 'raw_unicode_escape'), codecs.encode('\u20ac\n', 'raw_unicode_escape'))
print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGVsbG8gd29ybGQ=\n', 'base64'))
print(codecs.encode(b'\x00\xffab', 'hex'), codecs.decode(b'00ff6162', 'hex'), codecs.encode('Hello, World!', 'rot13'))
print(codecs.getencoder('utf-8')('hé'), codecs.getdecoder('latin-1')(b'h\xe9'), codecs.getencoder('rot13')('abc'))
print(codecs.utf_8_encode('é'), codecs.utf_8_decode(b'\xc3\xa9'), codecs.latin_1_encode('ab'), codecs.ascii_decode(b'ab'))
print(codecs.BOM, codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE, codecs.BOM_UTF16 == codecs.BOM)
data = codecs.BOM_UTF8 + 'text'.encode()
print(data.startswith(codecs.BOM_UTF8), data[len(codecs.BOM_UTF8):].decode())

for call in [lambda: codecs.encode('é', 'ascii'), lambda: codecs.decode(b'\xff', 'utf-8'),
             lambda: codecs.decode(b'\\x4', 'unicode_escape'), lambda: codecs.decode(b'\\N{NOPE}', 'unicode_escape'),
             lambda: codecs.decode(b'abc\\', 'unicode_escape')]:
    try:
        call()
    except UnicodeError as e:
        print(type(e).__name__, e)
for call in [lambda: codecs.encode(1, 'utf-8'), lambda: codecs.decode('x', 'utf-8'), lambda: codecs.encode('abc', 'base64'),
             lambda: codecs.encode('a', 'nope'), lambda: codecs.decode(b'zz', 'hex')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__)

print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore') is codecs.ignore_errors)
print(codecs.lookup_error('replace') is codecs.replace_errors, codecs.lookup_error('xmlcharrefreplace') is codecs.xmlcharrefreplace_errors)
print(codecs.replace_errors(UnicodeEncodeError('ascii', 'aé€', 1, 3, 'x')))
print(codecs.replace_errors(UnicodeDecodeError('ascii', b'a\xff\xfe', 1, 3, 'x')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'a\xff', 1, 2, 'x')))
print(codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'a\u20ac\U0001f600', 1, 3, 'x')))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'x')))
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', 'a\u20ac\ue000', 1, 3, 'x')))
print(codecs.ignore_errors(UnicodeEncodeError('ascii', 'aé', 1, 2, 'x')))
try:
    codecs.strict_errors(UnicodeEncodeError('ascii', 'aé', 1, 2, 'bad'))
except UnicodeEncodeError as e:
    print('strict', e)
for bad in [lambda: codecs.strict_errors(5), lambda: codecs.ignore_errors(5), lambda: codecs.register_error('x', 5),
            lambda: codecs.lookup_error('nope')]:
    try:
        bad()
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)

def stars(exc):
    return ('*' * (exc.end - exc.start), exc.end)

codecs.register_error('stars', stars)
print(codecs.lookup_error('stars') is stars)
print(codecs.encode('naïve café', 'ascii', 'stars'), codecs.decode(b'a\xff\xfeb', 'ascii', 'stars'))
print(list(codecs.iterencode(['ab', 'cé'], 'utf-8')), ''.join(codecs.iterdecode([b'a', b'b'], 'utf-8')))
print(sorted(codecs.__all__)[:8])
for call in [lambda: codecs.encode('ab', 'hex'), lambda: codecs.decode('6162', 'hex'), lambda: codecs.decode('YWI=', 'base64'),
             lambda: codecs.encode(5, 'base64'), lambda: codecs.encode(5, 'hex'), lambda: codecs.encode(b'x', 'rot13')]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print('\u20ac\U0001f600\ue000'.encode('ascii', 'namereplace'))
