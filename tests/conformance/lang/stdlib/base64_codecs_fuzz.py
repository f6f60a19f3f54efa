import base64, binascii, random
r = random.Random(99)
alpha = b'ABCab01+/=-_ \n#z'
def show(f, *a, **k):
    try: return repr(f(*a, **k))
    except Exception as e: return type(e).__name__ + ' ' + str(e)
for i in range(120):
    n = r.randrange(0, 14)
    data = bytes(r.getrandbits(8) for _ in range(n))
    junk = bytes(r.choice(alpha) for _ in range(r.randrange(0, 10)))
    print(base64.a85encode(data), base64.a85encode(data, pad=True), base64.a85encode(data, foldspaces=True, adobe=True, wrapcol=r.randrange(0, 6)),
          base64.b85encode(data), base64.b85encode(data, pad=True), base64.b32encode(data), base64.b16encode(data))
    print(show(binascii.a2b_base64, junk), show(binascii.a2b_base64, junk, strict_mode=True), show(base64.b32decode, junk.upper()),
          show(base64.b85decode, junk), show(base64.a85decode, junk), show(base64.a85decode, junk, adobe=True), show(base64.b16decode, junk, True),
          show(base64.a85decode, base64.a85encode(data)), show(base64.b85decode, base64.b85encode(data)), binascii.crc32(data), binascii.crc_hqx(data, i))
print(show(base64.a85decode, b'uuuuu'), show(base64.b85decode, b'~~~~~'), show(base64.a85decode, b'abzcd'), show(base64.a85decode, b'y', foldspaces=True))
print(show(base64.a85decode, 'ab', adobe=True), base64.a85encode(b'\0\0\0\0    ', foldspaces=True), base64.a85encode(b'\0\0'))
import io
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
