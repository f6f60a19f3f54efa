# Slicing, searching, comparing and hex() of big bytes and bytearrays, as binary parsers do
# in loops (each operation must cost what it touches, not the whole buffer), and the
# identities CPython keeps (a whole slice of an exact bytes is the object itself).
import struct

buf = bytes(range(256)) * 2000
print(buf[:] is buf, buf[0:len(buf)] is buf, buf[::1] is buf, buf[5:6] == b'\x05')
total = 0
for off in range(0, len(buf) - 8, 8):
    total += buf[off:off + 8][3]
print(total, buf[-3:], buf[10:4:-2], buf[::-100000])
ba = bytearray(buf)
chunks = [ba[i:i + 4096] for i in range(0, len(ba), 4096)]
print(len(chunks), type(chunks[0]).__name__, chunks[-1][-2:], ba[::-1][:3], ba[3:0:-1])
pos, hits = 0, 0
while True:
    pos = buf.find(b'\xfe\xff', pos)
    if pos < 0:
        break
    hits += 1
    pos += 1
print(hits, buf.count(b'\x00\x01'), buf.startswith(b'\x10', 16), buf.endswith(b'\xff', 0, 256))
print(buf.index(b'\x07', 1000), buf.rfind(b'\x01'), ba.find(b'\x05\x06', 300))
print(buf == bytes(buf), buf != buf, buf < buf + b'\x00', buf[:-1] < buf, b'b' > b'abc', b'' <= b'')
print(buf.hex(' ', 4)[:35], buf.hex(':', -3)[-20:], b'abcde'.hex('-', 2), b'abcdef'.hex('.', 3))
print(len(buf.hex(' ', 2)), bytes(range(5)).hex(' ', 10))
print(sum(struct.unpack_from('<I', buf, off)[0] & 0xff for off in range(0, 4000, 4)))
print(struct.unpack_from('>HH', ba, 254), struct.unpack_from('<q', memoryview(buf), 8))
try:
    struct.unpack_from('<I', buf, len(buf) - 2)
except struct.error as e:
    print(e)
