// The `hashlib` module: md5, sha1, sha224, sha256, sha384 and sha512 hash objects (update,
// digest, hexdigest, copy), `new(name)` and the algorithm sets, over the pure-TS digests of
// digests.ts and sha512.ts, and pbkdf2_hmac. A hash object keeps the bytes it was fed and
// digests them whole, so digest() costs O(all data); the values are CPython's (OpenSSL's).

import type { Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount } from '../vm/args.js';
import type { Interpreter } from '../vm/interp.js';
import { blake2 } from './blake2.js';
import { md5, sha1, sha224, sha256 } from './digests.js';
import { sha3, shake } from './sha3.js';
import { sha384, sha512 } from './sha512.js';

/** Each algorithm: its digest function, digest size and block size in bytes. */
const ALGORITHMS: Record<string, [(data: Uint8Array) => Uint8Array, number, number]> = {
  md5: [md5, 16, 64],
  sha1: [sha1, 20, 64],
  sha224: [sha224, 28, 64],
  sha256: [sha256, 32, 64],
  sha384: [sha384, 48, 128],
  sha512: [sha512, 64, 128],
  sha3_224: [sha3(224), 28, 144],
  sha3_256: [sha3(256), 32, 136],
  sha3_384: [sha3(384), 48, 104],
  sha3_512: [sha3(512), 64, 72],
};

/** The extendable-output functions: digest and block size 0 and the rate. */
const XOFS: Record<string, [(data: Uint8Array, length: number) => Uint8Array, number, number]> = {
  shake_128: [shake(128), 0, 168],
  shake_256: [shake(256), 0, 136],
};

/** Source of the Python layer, run in the module's namespace after the natives. */
const HASHLIB_PY = String.raw`
'''Secure hashes and message digests: md5, sha1, the SHA-2 and SHA-3 families, SHAKE.'''
__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset(_sizes) | {'blake2b', 'blake2s'}
algorithms_available = algorithms_guaranteed


def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if hasattr(data, 'tobytes'):
        return data.tobytes()
    raise TypeError('object supporting the buffer API required')


class HASH:
    '''A hash object: feed it bytes with update(), read the digest at any time.'''
    __module__ = '_hashlib'

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _sizes[name]
        self._fed = bytearray(_bytes_of(data))

    def update(self, data, /):
        '''Adds bytes to what is hashed.'''
        self._fed += _bytes_of(data)

    def digest(self):
        '''The digest of everything fed so far, as bytes.'''
        return _digest(self.name, bytes(self._fed))

    def hexdigest(self):
        '''The digest as lowercase hexadecimal text.'''
        return self.digest().hex()

    def copy(self):
        '''An independent hash object in the same state.'''
        twin = HASH(self.name)
        twin._fed = bytearray(self._fed)
        return twin

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {id(self):#x}>'


class HASHXOF(HASH):
    '''An extendable-output hash object: digest() and hexdigest() take the length.'''
    __module__ = '_hashlib'

    def digest(self, length=None):
        '''The first length bytes of the output.'''
        if length is None:
            raise TypeError("digest() missing required argument 'length' (pos 1)")
        return _digest(self.name, bytes(self._fed), length)

    def hexdigest(self, length=None):
        '''The first length bytes of the output, as lowercase hexadecimal text.'''
        if length is None:
            raise TypeError("hexdigest() missing required argument 'length' (pos 1)")
        return _digest(self.name, bytes(self._fed), length).hex()

    def copy(self):
        twin = HASHXOF(self.name)
        twin._fed = bytearray(self._fed)
        return twin


def _kind(name):
    return HASHXOF if name.startswith('shake_') else HASH


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        return _kind(name)(name, string)
    make.__name__ = make.__qualname__ = 'openssl_' + name
    return make


for _name in _sizes:
    globals()[_name] = _constructor(_name)
del _name


class _Blake2:
    # blake2b and blake2s: keyed, salted and personalised hashing of a chosen size.
    def __init__(self, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'',
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True):
        top = self.MAX_DIGEST_SIZE
        size = top if digest_size is None else digest_size
        if not 1 <= size <= top:
            raise ValueError(f'digest_size must be between 1 and {top} bytes')
        key, salt, person = (_buffer_bytes(v) for v in (key, salt, person))
        for what, value, limit in (('key', key, self.MAX_KEY_SIZE), ('salt', salt, self.SALT_SIZE),
                                   ('person', person, self.PERSON_SIZE)):
            if len(value) > limit:
                raise ValueError(f'maximum {what} length is {limit} bytes')
        self.digest_size = size
        self._params = key, salt, person
        self._fed = bytearray(_bytes_of(data))

    def update(self, data, /):
        '''Adds bytes to what is hashed.'''
        self._fed += _bytes_of(data)

    def digest(self):
        '''The digest of everything fed so far, as bytes.'''
        return _blake2(self.block_size == 128, bytes(self._fed), self.digest_size, *self._params)

    def hexdigest(self):
        '''The digest as lowercase hexadecimal text.'''
        return self.digest().hex()

    def copy(self):
        '''An independent hash object in the same state.'''
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._fed = bytearray(self._fed)
        return twin


class blake2b(_Blake2):
    '''BLAKE2b: digests of up to 64 bytes, optionally keyed (64-byte keys at most).'''
    __module__ = '_blake2'
    name = 'blake2b'
    block_size = 128
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 64
    SALT_SIZE = PERSON_SIZE = 16


class blake2s(_Blake2):
    '''BLAKE2s: digests of up to 32 bytes, optionally keyed (32-byte keys at most).'''
    __module__ = '_blake2'
    name = 'blake2s'
    block_size = 64
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 32
    SALT_SIZE = PERSON_SIZE = 8


def new(name, data=b'', **kwargs):
    '''A hash object for the algorithm called name (any case).'''
    key = name.lower() if isinstance(name, str) else name
    if key in ('blake2b', 'blake2s'):
        return (blake2b if key == 'blake2b' else blake2s)(data, **kwargs)
    if key not in _sizes:
        raise ValueError(f'unsupported hash type {name}')
    return _kind(key)(key, data)


def _buffer_bytes(data):
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


class UnsupportedDigestmodError(ValueError):
    __module__ = '_hashlib'


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    '''Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.'''
    password = _buffer_bytes(password)
    salt = _buffer_bytes(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > 0xFFFFFFFF:
        raise OverflowError('iteration value is too great.')
    key = hash_name.lower() if isinstance(hash_name, str) else hash_name
    if key not in _sizes:
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    if dklen is None:
        dklen = _sizes[key][0]
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if dklen > 0xFFFFFFFF:
        raise OverflowError('key length is too great.')
    return _pbkdf2(key, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    '''The hash object of digest fed with what fileobj.read() gives.'''
    made = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return made
        made.update(chunk)
`;

/** Fills the hashlib module. */
export function initHashlibModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  const sizes = n.dict();
  for (const [name, [, digestSize, blockSize]] of [...Object.entries(ALGORITHMS), ...Object.entries(XOFS)]) {
    const pair = n.tuple([n.int(digestSize), n.int(blockSize)]);
    n.dictSet(sizes, n.intern(name), pair);
    interp.decref(pair);
  }
  n.dictSet(dict, n.intern('_sizes'), sizes);
  interp.decref(sizes);
  interp.defNative(dict, '_digest', (_s, a, k) => {
    argCount('_digest', a, k, 2, 3);
    const xof = XOFS[n.jsStr(a[0])];
    if (xof !== undefined) return n.bytes(xof[0](n.bytesValue(a[1]), n.intSafe(a[2])));
    const algorithm = ALGORITHMS[n.jsStr(a[0])];
    if (algorithm === undefined) throw new PyErr('ValueError', `unsupported hash type ${n.jsStr(a[0])}`);
    return n.bytes(algorithm[0](n.bytesValue(a[1])));
  });
  interp.defNative(dict, '_blake2', (_s, a, k) => {
    argCount('_blake2', a, k, 6, 6);
    const [wide, data, size, key, salt, person] = a;
    return n.bytes(
      blake2(
        interp.truthy(wide),
        n.bytesValue(data),
        n.intSafe(size),
        n.bytesValue(key),
        n.bytesValue(salt),
        n.bytesValue(person),
      ),
    );
  });
  interp.defNative(dict, '_pbkdf2', (_s, a, k) => {
    argCount('_pbkdf2', a, k, 5, 5);
    const [hash, , blockSize] = ALGORITHMS[n.jsStr(a[0])];
    const dklen = Number(n.intBig(a[4]));
    return n.bytes(
      pbkdf2(hash, blockSize, n.bytesValue(a[1]), n.bytesValue(a[2]), Number(n.intBig(a[3])), dklen),
    );
  });
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen hashlib>');
  interp.runPythonInto(HASHLIB_PY, '<frozen hashlib>', dict);
}

// PBKDF2 (RFC 8018) with HMAC over `hash`: the blocks T_i = U_1 ^ ... ^ U_c, cut to dklen.
function pbkdf2(
  hash: (data: Uint8Array) => Uint8Array,
  blockSize: number,
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  dklen: number,
): Uint8Array {
  const key = new Uint8Array(blockSize);
  key.set(password.length > blockSize ? hash(password) : password);
  const inner = key.map((b) => b ^ 0x36);
  const outer = key.map((b) => b ^ 0x5c);
  const hmac = (msg: Uint8Array): Uint8Array => {
    const a = new Uint8Array(blockSize + msg.length);
    a.set(inner);
    a.set(msg, blockSize);
    const ih = hash(a);
    const b = new Uint8Array(blockSize + ih.length);
    b.set(outer);
    b.set(ih, blockSize);
    return hash(b);
  };
  const out = new Uint8Array(dklen);
  const first = new Uint8Array(salt.length + 4);
  first.set(salt);
  for (let block = 1, at = 0; at < dklen; block++) {
    new DataView(first.buffer).setUint32(salt.length, block);
    let u = hmac(first);
    const t = u.slice();
    for (let i = 1; i < iterations; i++) {
      u = hmac(u);
      for (let j = 0; j < t.length; j++) t[j] ^= u[j];
    }
    out.set(t.subarray(0, Math.min(t.length, dklen - at)), at);
    at += t.length;
  }
  return out;
}
