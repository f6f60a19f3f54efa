# A bytearray sieve and byte-by-byte loops over bytes and bytearray (each step reads one byte;
# copying the whole buffer per step made these loops quadratic).
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


primes = sieve(300_000)
print(len(primes), primes[:10], primes[-3:])
data = bytes(range(256)) * 600
print(sum(data), sum(1 for b in data if b > 127), max(data[i] for i in range(0, len(data), 7)))
buf = bytearray(data)
checksum = 0
for i in range(len(buf)):
    checksum = (checksum * 31 + buf[i]) & 0xFFFFFFFF
print(checksum, buf[-1], buf[-256], len(buf))
for i in range(0, len(buf), 1000):
    buf[i] = 0
print(buf.count(0), bytes(buf[:4]), buf.find(b"\x05\x06"))
