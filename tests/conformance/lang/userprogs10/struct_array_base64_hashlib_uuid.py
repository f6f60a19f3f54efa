import struct, array, base64, binascii, hashlib, uuid
rec = struct.pack('<I2sHd', 7, b'ab', 513, 3.5)
print(rec, len(rec), struct.calcsize('<I2sHd'), struct.calcsize('I2sHd'), struct.unpack('<I2sHd', rec))
print(struct.pack('>h', -2), struct.pack('!f', 1.5).hex(), struct.unpack('>Q', b'\x00' * 7 + b'\x05'))
for fmt, val in [('b', 200), ('>H', -1), ('i', 2**31)]:
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print('struct.error:', e)
print(list(struct.iter_unpack('<hh', b'\x01\x00\x02\x00\x03\x00\x04\x00')))
s = struct.Struct('3sB'); print(s.size, s.format, s.pack(b'xyz', 9))
a = array.array('i', [1, 2, 3]); a.append(4); a.extend([5, 6])
print(a, a.itemsize, a.tolist()[::-1], a[1:3], sum(a), a.typecode)
b = array.array('d', [0.5, 1.5]); print(b, b.tobytes().hex())
u = array.array('u', 'hi'); print(u, u.tounicode())
print(base64.b64encode(b'hello world'), base64.b64decode('aGVsbG8='), base64.urlsafe_b64encode(b'\xfb\xff'), base64.b32encode(b'abc'), base64.b16encode(b'\x01\xab'))
print(binascii.hexlify(b'\x00\xff', '-'), binascii.crc32(b'hello'), binascii.unhexlify('4142'))
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest()[:16], hashlib.sha256(b'abc').hexdigest()[:20])
h = hashlib.sha256(); h.update(b'a'); h.update(b'bc'); print(h.hexdigest()[:20], h.name, h.digest_size, h.block_size)
print(hashlib.blake2b(b'x', digest_size=8).hexdigest(), hashlib.new('sha512', b'q').hexdigest()[:10])
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'), uuid.UUID('12345678123456781234567812345678'))
u5 = uuid.uuid5(uuid.NAMESPACE_DNS, 'a'); print(u5.version, u5.hex, u5.int % 1000, repr(u5), u5.urn)
try:
    base64.b64decode('abc')
except binascii.Error as e:
    print('binascii.Error:', e)
print(int.from_bytes(hashlib.sha256(b'seed').digest()[:4], 'big'))
