# pickle.loads of broken and hand-written pickles: the C unpickler's exceptions and messages
# (stack underflow, MARK misuse, memo misses, truncation, bad opcodes, bad protocols).
import pickle

cases = [
    b'h\x05.', b'', b'\x80\x04', b'K', b'X\x05\x00\x00\x00ab', b"'", b'\\', b'\x00', b'zz', b'0.',
    b'(0.', b'(t0(.', b'a.', b'(a.', b'N(a.', b'(N(e.', b'}(Nu.', b'](Nu.', b'\x80\x09.', b'(Ns.',
    b'\x95\x10\x00\x00\x00\x00\x00\x00\x00N.', b'N\x85\x85\x85.', b'g5\n.', b'p-1\nN.', b'NNb.',
    b'N}b.', b'N(N}\x86b.', b'X\x02\x00\x00\x00\xff\xfe.', b'.', b'(.', b'N\x8b\xff\xff\xff\xff.',
    b'K\x01K\x02\x93.', b'N)\x81.', b'cbuiltins\nint\n)\x81.', b'(d.', b'(Nd.', b'N)R.',
    b'c__builtin__\nlen\nN\x85R.', b'\x94.', b'N\x94\x94h\x01.', b'(\x90.', b'N2.', b'(2.',
    b'I12\n.', b'I01\n.', b'I00\n.', b'L123L\n.', b'F1.5\n.', b"S'abc'\n.", b'Sabc\n.', b'Vcaf\\u00e9\n.',
    b'(I1\nI2\nl.', b'(I1\nI2\nt.', b'(S"k"\nI1\nd.', b'I1\np0\n0g0\n.', b'T\x03\x00\x00\x00abc.',
    b'U\x02hi.', b'\x8a\x02\xff\x7f.', b'\x8a\x01\xff.', b'\x8a\x00.', b'\x8b\x02\x00\x00\x00\x00\x80.',
    b'G?\xf8\x00\x00\x00\x00\x00\x00.', b'\x96\x02\x00\x00\x00\x00\x00\x00\x00hi.', b'\x8f(K\x01K\x02\x90.',
    b'(K\x01K\x02\x91.', b'\x82\x01.', b'\x97.', b'C\x02ab\x98.', b'Q.', b'P1\n.', b'}K\x01K\x02s.',
    b'](K\x01K\x02e.', b'\x80\x02cbuiltins\nset\n](K\x01e\x85R.', b'\x80\x02c__builtin__\nset\n)R(K\x01\x90.',
    b'N\x8c\x01x\x93.', b'\x8c\x08builtins\x8c\x03nope\x93.', b'\x80\x05\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01K\x02\x86.',
]
for c in cases:
    try:
        r = pickle.loads(c)
        print(c, 'OK', repr(r))
    except Exception as e:
        print(c, type(e).__name__, e)

for bad in ('abc', 12, None):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(bytearray(b'K\x07.')), pickle.loads(memoryview(b'K\x08.')))
print(pickle.loads(b'K\x01.trailing ignored'))
