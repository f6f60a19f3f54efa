b = b'hello world'
print(b[0], b[:5], b.upper(), b.split(), b.replace(b'o', b'0'))
print(list(b'abc'), bytes([104, 105]), bytes(3), b'ab' * 2, b'x' + b'y')
print(b.hex(), bytes.fromhex('6869'), b.find(b'wor'), b.startswith(b'he'))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
print(ba, len(ba), bytes(ba))
print(repr(b'\x00\xff\n'), b'caf\xc3\xa9'.decode())
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
