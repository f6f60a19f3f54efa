// The `random` module's Python layer, run at `import random`: the Random class (seeding,
// bounded integers drawn from getrandbits or random, sequence helpers, the continuous
// distributions), SystemRandom, and the module functions bound to one shared instance. The
// Mersenne Twister itself is native (random.ts). It follows the behaviour of CPython 3.11's
// module: the same draws in the same order, so a seeded run reproduces python3's numbers.

/** The Python source. */
export const RANDOM_PY = String.raw`
'''Pseudo-random numbers: a seeded Mersenne Twister and the distributions built on it.'''

import math as _m
from operator import index as _as_int

__all__ = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate',
           'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate',
           'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange',
           'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform',
           'vonmisesvariate', 'weibullvariate']

# Public constants of the module (their values are CPython's).
BPF = 53
RECIP_BPF = 1.0 / (1 << BPF)
TWOPI = 2.0 * _m.pi
LOG4 = _m.log(4.0)
SG_MAGICCONST = _m.log(4.5) + 1.0
NV_MAGICCONST = 4 * _m.exp(-0.5) / _m.sqrt(2.0)

_U64 = (1 << 64) - 1
_SEEDABLE = (type(None), int, float, str, bytes, bytearray)
_V1_TEXT = (str, bytes)
_V2_TEXT = (str, bytes, bytearray)
_PLAIN_SEQUENCES = (list, tuple, str, range, bytes, bytearray)
_NOT_GIVEN = object()
_DRAW_KINDS = (('getrandbits', '_randbelow_with_getrandbits'),
               ('random', '_randbelow_without_getrandbits'))
_UNIT = 1  # randrange's default step; an explicit step=1 is the same object


def _warn(text, category, level):
    # Issued through the warnings module when there is one; dropped otherwise.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(text, category, level + 1)


def _deprecated(text):
    _warn(text, DeprecationWarning, 4)  # past _deprecated, _whole and randrange: their caller


def _whole(value, label):
    # randrange's arguments: an int, or (deprecated) an integral value int() accepts.
    try:
        return _as_int(value)
    except TypeError:
        pass
    as_int = int(value)
    if as_int != value:
        _deprecated('randrange() will raise TypeError in the future')
        raise ValueError(f'non-integer {label} for randrange()')
    _deprecated('non-integer arguments to randrange() have been deprecated since '
                'Python 3.10 and will be removed in a subsequent version')
    return as_int


def _prefix_sums(values):
    sums = []
    running = _NOT_GIVEN
    for v in values:
        running = v if running is _NOT_GIVEN else running + v
        sums.append(running)
    return sums


def _first_above(sums, x, hi):
    # bisect_right(sums, x, 0, hi): the first index in [0, hi) whose sum exceeds x.
    lo = 0
    while lo < hi:
        half = (lo + hi) >> 1
        if x < sums[half]:
            hi = half
        else:
            lo = half + 1
    return lo


def _is_sequence(obj):
    if isinstance(obj, _PLAIN_SEQUENCES):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _string_seed_v1(text):
    # The seed a version-1 str or bytes seed stood for (Python 2's string hash, widened).
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    h = ord(text[0]) << 7 if text else 0
    for ch in text:
        h = (h * 1000003 ^ ord(ch)) & _U64
    return h ^ len(text)


class Random:
    '''One Mersenne Twister generator with the sampling methods built on it.'''

    VERSION = 3

    def __new__(cls, *args, **options):
        # The twister exists (and is seeded) before __init__, so subclasses that skip
        # Random.__init__ still have a working generator.
        self = super().__new__(cls)
        self._mt = _mt_new()
        first = args[0] if len(args) == 1 else None
        _mt_seed(self._mt, first if isinstance(first, (int, float)) else None)
        return self

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own random() but not getrandbits() gets the bounded
        # integer draw made from random(); the nearest definition along the MRO decides.
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            for source, kind in _DRAW_KINDS:
                if source in own:
                    cls._randbelow = getattr(cls, kind)
                    return

    def seed(self, a=None, version=2):
        '''Initialize the generator from a (None: from the clock).'''
        if version == 1 and isinstance(a, _V1_TEXT):
            a = _string_seed_v1(a)
        elif version == 2 and isinstance(a, _V2_TEXT):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = _seed_from_bytes(raw)
        elif not isinstance(a, _SEEDABLE):
            raise TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
        if not (a is None or isinstance(a, (int, float))):
            a = hash(a) & _U64
        _mt_seed(self._mt, a)
        self.gauss_next = None

    def random(self):
        '''random() -> x in the interval [0, 1).'''
        return _mt_random(self._mt)

    def getrandbits(self, k):
        '''getrandbits(k) -> x.  Generates an int with k random bits.'''
        return _mt_getrandbits(self._mt, k)

    def getstate(self):
        '''Return internal state; can be passed to setstate() later.'''
        return (self.VERSION, _mt_getstate(self._mt), self.gauss_next)

    def setstate(self, state):
        '''Restore internal state from an object returned by getstate().'''
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f'state with version {version} passed to '
                             f'Random.setstate() of version {self.VERSION}')
        _, words, self.gauss_next = state
        if version == 2:
            # Version 2 states (Python 2.4-3.1) may hold words as negative or long ints.
            try:
                words = tuple(w % 4294967296 for w in words)
            except ValueError as bad_word:
                raise TypeError from bad_word
        _mt_setstate(self._mt, words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # -- integers in a range ------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        # Rejection sampling on just enough bits: uniform in [0, n).
        bits = n.bit_length()
        draw = self.getrandbits
        r = draw(bits)
        while r >= n:
            r = draw(bits)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        # For generators that only supply random(): scale a 53-bit float, rejecting the
        # top sliver that would bias the result.
        draw = self.random
        if n >= maxsize:
            _warn('Underlying random() generator does not supply \nenough bits to choose from '
                  'a population range this large.\nTo remove the range limitation, add a '
                  'getrandbits() method.', UserWarning, 1)
            return _m.floor(n * draw())
        cutoff = (maxsize - maxsize % n) / maxsize
        r = draw()
        while r >= cutoff:
            r = draw()
        return _m.floor(maxsize * r) % n

    def randbytes(self, n):
        '''Generate n random bytes.'''
        word = self.getrandbits(8 * n)
        return word.to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_UNIT):
        '''Choose a random item from range(start, stop[, step]).'''
        lo = _whole(start, 'arg 1')
        if stop is None:
            if step is not _UNIT:
                raise TypeError('Missing a non-None stop argument')
            if lo <= 0:
                raise ValueError('empty range for randrange()')
            return self._randbelow(lo)
        hi = _whole(stop, 'stop')
        span = hi - lo
        stride = _whole(step, 'step')
        if stride == 1:
            if span <= 0:
                raise ValueError(f'empty range for randrange() ({lo}, {hi}, {span})')
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError('zero step for randrange()')
        count = (span + stride - 1) // stride if stride > 0 else (span + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        '''Return a random integer N such that a <= N <= b.'''
        return self.randrange(a, b + 1)

    # -- sequences ----------------------------------------------------------

    def choice(self, seq):
        '''Choose a random element from a non-empty sequence.'''
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        '''Shuffle list x in place, and return None.'''
        below = self._randbelow
        i = len(x) - 1
        while i > 0:
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        '''Chooses k unique random elements from a population sequence.'''
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = _prefix_sums(counts)
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            tally = bounds.pop()
            if not isinstance(tally, int):
                raise TypeError('Counts must be integers')
            if tally <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(tally), k=k)
            return [population[_first_above(bounds, p, len(bounds))] for p in picks]
        if k < 0 or k > size:
            raise ValueError('Sample larger than population or is negative')
        below = self._randbelow
        # Small populations: partial Fisher-Yates on a copy. Large ones: redraw repeats,
        # tracked in a set. The threshold compares the memory the two ways would take.
        threshold = 21
        if k > 5:
            threshold += 4 ** _m.ceil(_m.log(3 * k, 4))
        if size <= threshold:
            pool = list(population)
            picked = []
            for i in range(k):
                j = below(size - i)
                picked.append(pool[j])
                pool[j] = pool[size - 1 - i]
            return picked
        seen = set()
        picked = []
        for _ in range(k):
            j = below(size)
            while j in seen:
                j = below(size)
            seen.add(j)
            picked.append(population[j])
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        '''Return a k sized list of population elements chosen with replacement.'''
        draw = self.random
        size = len(population)
        if cum_weights is not None:
            if weights is not None:
                raise TypeError('Cannot specify both weights and cumulative weights')
        elif weights is None:
            scale = size + 0.0
            floor = _m.floor
            return [population[floor(draw() * scale)] for _ in range(k)]
        else:
            try:
                cum_weights = _prefix_sums(weights)
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
                raise
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _m.isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_first_above(cum_weights, draw() * total, last)] for _ in range(k)]

    # -- real-valued distributions -----------------------------------------

    def uniform(self, a, b):
        '''A random number between a and b.'''
        span = b - a
        return a + span * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        '''Triangular distribution on [low, high] peaking at mode (default: the midpoint).'''
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            try:
                c = (mode - low) / (high - low)
            except ZeroDivisionError:  # low == high: a one-point distribution
                return low
        if u > c:
            u, c = 1.0 - u, 1.0 - c
            low, high = high, low
        width = high - low
        return low + width * _m.sqrt(c * u)

    def normalvariate(self, mu=0.0, sigma=1.0):
        '''Normal distribution (Kinderman and Monahan's ratio method).'''
        draw = self.random
        ln = _m.log
        while True:
            a = draw()
            b = 1.0 - draw()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -ln(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        '''Normal distribution (Box-Muller, making two values per pair of draws).'''
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            draw = self.random
            angle = TWOPI * draw()
            radius = _m.sqrt(-2.0 * _m.log(1.0 - draw()))
            z = radius * _m.cos(angle)
            self.gauss_next = radius * _m.sin(angle)
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        '''Log normal distribution: exp of a normalvariate(mu, sigma).'''
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        '''Exponential distribution with rate lambd.'''
        return -_m.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        '''Circular distribution with mean angle mu and concentration kappa.'''
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _m.sqrt(half * half + 1.0)
        cos, exp = _m.cos, _m.exp
        while True:
            z = cos(_m.pi * draw())
            d = z / (z + rho)
            u = draw()
            if u < 1.0 - d * d or u <= exp(d) * (1.0 - d):
                break
        q = 1.0 / rho
        f = (z + q) / (q * z + 1.0)
        turn = _m.acos(f)
        if draw() > 0.5:
            return (mu + turn) % TWOPI
        return (mu - turn) % TWOPI

    def gammavariate(self, alpha, beta):
        '''Gamma distribution with shape alpha and scale beta.'''
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        ln, exp = _m.log, _m.exp
        if alpha == 1.0:
            return -ln(1.0 - draw()) * beta
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            a_inv = _m.sqrt(2.0 * alpha - 1.0)
            b = alpha - LOG4
            c = alpha + a_inv
            while True:
                u1 = draw()
                if u1 <= 1e-7 or u1 >= 0.9999999:
                    continue
                u2 = 1.0 - draw()
                v = ln(u1 / (1.0 - u1)) / a_inv
                x = alpha * exp(v)
                z = u2 * (u1 * u1)
                r = b + c * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= ln(z):
                    return x * beta
        # alpha < 1: Ahrens and Dieter's algorithm GS.
        while True:
            b = (_m.e + alpha) / _m.e
            p = draw() * b
            x = p ** (1.0 / alpha) if p <= 1.0 else -ln((b - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        '''Beta distribution on [0, 1], from two gamma variates.'''
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        '''Pareto distribution with shape alpha.'''
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        '''Weibull distribution with scale alpha and shape beta.'''
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)


# Random's own bounded draw; subclasses may get the random()-based one instead.
Random._randbelow = Random._randbelow_with_getrandbits


def _stateless(self, *args, **kwds):
    raise NotImplementedError('System entropy source does not have state.')


class SystemRandom(Random):
    '''A generator seeded from the environment, without reproducible state.'''

    def seed(self, *args, **kwds):
        '''Reseed from the clock; arguments are ignored.'''
        _mt_seed(self._mt, None)

    getstate = setstate = _stateless


# The module-level functions are the bound methods of one shared generator.
_shared = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_shared, _name)
del _name
`;
