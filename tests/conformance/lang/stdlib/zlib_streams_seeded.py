import zlib, random
random.seed(11)
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
def sample(n):
    kind = random.randrange(3)
    if kind == 0: return " ".join(random.choice(words) for _ in range(n)).encode()
    if kind == 1: return bytes(random.randrange(256) for _ in range(n))
    return bytes(random.choice(b"aab") for _ in range(n))
for trial in range(25):
    data = sample(random.randrange(0, 12000))
    level = random.choice([-1, 0, 1, 3, 6, 9])
    wbits = random.choice([15, -15, 31, 9, 12, -10, 25])
    mem = random.choice([1, 8, 9])
    strat = random.choice([0, 1, 2, 3, 4])
    co = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strat)
    pieces = []
    i = 0
    while i < len(data):
        step = random.randrange(1, 5000)
        pieces.append(co.compress(data[i:i + step]))
        i += step
        if random.random() < 0.2:
            pieces.append(co.flush(random.choice([zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK, zlib.Z_NO_FLUSH])))
    pieces.append(co.flush())
    comp = b"".join(pieces)
    sizes = [len(p) for p in pieces]
    dwbits = wbits if wbits > 0 and wbits < 16 else (wbits if wbits < 0 else 47)
    do = zlib.decompressobj(dwbits)
    out = []
    rest = comp + (b"JUNK" if random.random() < 0.3 else b"")
    limit = random.choice([0, 1, 100, 4096])
    while rest:
        chunk, rest = rest[:random.randrange(1, 3000)], rest[random.randrange(1, 3000):] if False else rest
        piece = do.decompress(rest, limit)
        out.append(len(piece))
        rest = do.unconsumed_tail
        if do.eof: break
    tail = do.flush()
    print(trial, level, wbits, mem, strat, len(data), sizes[:8], len(sizes), zlib.crc32(comp), sum(out) + len(tail), do.eof, do.unused_data, len(out))
