# Functions that take any bytes-like object accept memoryviews (struct, base64, binascii, io, hashlib, str()).
import struct, base64, binascii, io, hashlib
buf = bytearray(8)
mv = memoryview(buf)
struct.pack_into('<I', mv, 2, 0xdeadbeef)
print(buf, struct.unpack('<I', mv[2:6]), struct.unpack_from('<H', mv, 2))
print(base64.b64encode(memoryview(b'hi')), binascii.hexlify(memoryview(b'hi')), io.BytesIO(memoryview(b'xy')).read())
print(str(memoryview(b'abc'), 'ascii'), bytes(memoryview(b'q')).decode())
print(hashlib.sha256(memoryview(b'abc')).hexdigest()[:16])
f = io.BytesIO(); f.write(memoryview(b'zz')); print(f.getvalue())
