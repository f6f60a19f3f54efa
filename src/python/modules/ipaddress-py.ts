// The `ipaddress` module, written for pymm: IPv4/IPv6 addresses, networks and interfaces
// (parsing with CPython 3.11's error messages, arithmetic, ordering, formatting, the
// special-range properties, subnets/supernets, hosts, exclusion, collapsing and range
// summaries). Values are ints plus a version; the special ranges are 3.11.7's tables.

/** Source of the ipaddress module, run in the module's namespace. */
export const IPADDRESS_PY = String.raw`
'''IPv4 and IPv6 addresses, networks and interfaces.'''
import functools as _functools

__ver__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    '''A malformed address.'''


class NetmaskValueError(ValueError):
    '''A malformed netmask or prefix length.'''


def _first_fit(kinds, what, address, *more):
    # The first of the two versions' classes that accepts address, else ValueError.
    for kind in kinds:
        try:
            return kind(address, *more)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    '''An IPv4Address or IPv6Address from a str, an int or packed bytes.'''
    return _first_fit((IPv4Address, IPv6Address), 'address', address)


def ip_network(address, strict=True):
    '''An IPv4Network or IPv6Network; strict refuses host bits set.'''
    return _first_fit((IPv4Network, IPv6Network), 'network', address, strict)


def ip_interface(address):
    '''An IPv4Interface or IPv6Interface.'''
    return _first_fit((IPv4Interface, IPv6Interface), 'interface', address)


def v4_int_to_packed(address):
    '''The 4 big-endian bytes of an int.'''
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    '''The 16 big-endian bytes of an int.'''
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _split_slash(address):
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _lowest_set_bit(number, limit):
    if number == 0:
        return limit
    return min(limit, (number & -number).bit_length() - 1)


def summarize_address_range(first, last):
    '''The fewest networks covering first..last, in order.'''
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError(f'{first} and {last} are not of the same version')
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = int(first), int(last)
    while lo <= hi:
        size = min(_lowest_set_bit(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size))
        lo += 1 << size
        if lo - 1 == (1 << bits) - 1:
            break


def collapse_addresses(addresses):
    '''Adjacent and overlapping networks (and addresses) merged, in order.'''
    addrs, nets = [], []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if addrs and addrs[-1].version != item.version:
                raise TypeError(f'{item} and {addrs[-1]} are not of the same version')
            addrs.append(item)
        elif item.prefixlen == item.max_prefixlen:
            if addrs and addrs[-1].version != item.version:
                raise TypeError(f'{item} and {addrs[-1]} are not of the same version')
            addrs.append(item.network_address)
        else:
            if nets and nets[-1].version != item.version:
                raise TypeError(f'{item} and {nets[-1]} are not of the same version')
            nets.append(item)
    spans = [(int(n.network_address), int(n.broadcast_address), n) for n in nets]
    spans += [(int(a), int(a), a) for a in set(addrs)]
    if not spans:
        return iter(())
    spans.sort(key=lambda s: (s[0], s[1]))
    version = spans[0][2].version
    for s in spans:
        if s[2].version != version:
            raise TypeError(f'{s[2]} and {spans[0][2]} are not of the same version')
    first_addr = IPv4Address if version == 4 else IPv6Address
    merged = []
    for lo, hi, _ in spans:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    out = []
    for lo, hi in merged:
        out.extend(summarize_address_range(first_addr(lo), first_addr(hi)))
    return iter(out)


def get_mixed_type_key(obj):
    '''A sort key that orders addresses and networks of one version together.'''
    if isinstance(obj, _BaseNetwork):
        return obj._net_sort_key()
    if isinstance(obj, _BaseAddress):
        return obj._addr_sort_key()
    return NotImplemented


class _IPAddressBase:
    '''What addresses, networks and interfaces share.'''
    __slots__ = ()

    @property
    def exploded(self):
        return self._long_form()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._ptr_name()

    @property
    def version(self):
        return self._ver

    def _check_ver(self, other):
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')

    def __reduce__(self):
        return self.__class__, (str(self),)


@_functools.total_ordering
class _BaseAddress(_IPAddressBase):
    '''One address: an int of max_prefixlen bits.'''
    __slots__ = ()

    def __int__(self):
        return self._int

    def __eq__(self, other):
        try:
            return self._int == other._int and self._ver == other._ver
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        self._check_ver(other)
        if self._int != other._int:
            return self._int < other._int
        return False

    def _moved(self, delta):
        return type(self)(self._int + delta) if isinstance(delta, int) else NotImplemented

    def __add__(self, other):
        return self._moved(other)

    def __sub__(self, other):
        return self._moved(-other) if isinstance(other, int) else NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        return self._int_text(self._int)

    def __hash__(self):
        return hash(hex(int(self._int)))

    def _addr_sort_key(self):
        return (self._ver, self)

    def __reduce__(self):
        return self.__class__, (self._int,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        alternate = grouping = ''
        rest = fmt
        if rest[:1] == '#':
            alternate, rest = '#', rest[1:]
        if rest[:1] == '_':
            grouping, rest = '_', rest[1:]
        if rest in ('x', 'X', 'b', 'n'):
            base = rest
            if base == 'n':
                base = 'b' if self._ver == 4 else 'x'
            width = self.max_prefixlen if base == 'b' else self.max_prefixlen // 4
            if grouping:
                width += width // 4 - 1
            if alternate:
                width += 2
            return format(self._int, f'{alternate}0{width}{grouping}{base}')
        return super().__format__(fmt)


@_functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    '''A network: an address with its prefix length.'''

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        return f'{self.network_address}/{self.prefixlen}'

    def hosts(self):
        '''The usable addresses (all but the network and broadcast ones).'''
        lo = int(self.network_address)
        hi = int(self.broadcast_address)
        for x in range(lo + 1, hi):
            yield self._addr_type(x)

    def __iter__(self):
        lo = int(self.network_address)
        hi = int(self.broadcast_address)
        for x in range(lo, hi + 1):
            yield self._addr_type(x)

    def __getitem__(self, n):
        lo = int(self.network_address)
        hi = int(self.broadcast_address)
        at = lo + n if n >= 0 else hi + n + 1
        if not lo <= at <= hi:
            raise IndexError('address out of range')
        return self._addr_type(at)

    def _order_key(self):
        return self.network_address._int, self.netmask._int

    def __lt__(self, other):
        if isinstance(other, _BaseNetwork):
            self._check_ver(other)
            return self._order_key() < other._order_key()
        return NotImplemented

    def __eq__(self, other):
        try:
            same = self._ver == other._ver
            return same and self._order_key() == other._order_key()
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        first, mask = self._order_key()
        return hash(first ^ mask)

    def __contains__(self, other):
        if self._ver != other._ver or isinstance(other, _BaseNetwork):
            return False
        first, mask = self._order_key()
        return other._int & mask == first

    def overlaps(self, other):
        '''Whether either network holds the other's first or last address.'''
        ends = lambda net: (net.network_address, net.broadcast_address)
        return any(a in other for a in ends(self)) or any(a in self for a in ends(other))

    @property
    def broadcast_address(self):
        return self._addr_type(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._addr_type(int(self.netmask) ^ self._FULL)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._plen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def _addr_type(self):
        raise NotImplementedError

    @property
    def prefixlen(self):
        return self._plen

    def address_exclude(self, other):
        '''The networks left of self once other (inside it) is taken out.'''
        if not self._ver == other._ver:
            raise TypeError(f'{self} and {other} are not of the same version')
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        other = other.__class__(f'{other.network_address}/{other.prefixlen}')
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
            else:
                raise AssertionError(f'Error performing exclusion: s1: {s1} s2: {s2} other: {other}')
        if s1 == other:
            yield s2
        elif s2 == other:
            yield s1
        else:
            raise AssertionError(f'Error performing exclusion: s1: {s1} s2: {s2} other: {other}')

    def compare_networks(self, other):
        '''-1, 0 or 1 by network address, then netmask.'''
        if self._ver != other._ver:
            raise TypeError(f'{self} and {other} are not of the same type')
        for mine, theirs in ((self.network_address, other.network_address),
                             (self.netmask, other.netmask)):
            if mine < theirs:
                return -1
            if mine > theirs:
                return 1
        return 0

    def _net_sort_key(self):
        return (self._ver, self.network_address, self.netmask)

    def _diff_from(self, prefixlen_diff, new_prefix, longer):
        if new_prefix is None:
            return prefixlen_diff
        if new_prefix < self._plen if longer else new_prefix > self._plen:
            raise ValueError('new prefix must be ' + ('longer' if longer else 'shorter'))
        if prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return abs(new_prefix - self._plen)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        '''The subnets prefixlen_diff bits longer (or of length new_prefix).'''
        if self._plen == self._BITS:
            yield self
            return
        prefixlen_diff = self._diff_from(prefixlen_diff, new_prefix, True)
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_len = self._plen + prefixlen_diff
        if new_len > self._BITS:
            raise ValueError(f'prefix length diff {prefixlen_diff} is invalid for netblock {self}')
        first = self.network_address._int
        for lo in range(first, first + self.num_addresses, 1 << (self._BITS - new_len)):
            yield type(self)((lo, new_len))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        '''The network prefixlen_diff bits shorter (or of length new_prefix).'''
        if self._plen == 0:
            return self
        prefixlen_diff = self._diff_from(prefixlen_diff, new_prefix, False)
        new_len = self._plen - prefixlen_diff
        if new_len < 0:
            raise ValueError(f'current prefixlen is {self._plen}, cannot have a prefixlen_diff of {prefixlen_diff}')
        keep = self._FULL ^ (self._FULL >> new_len)
        return type(self)((self.network_address._int & keep, new_len))

    @staticmethod
    def _inside(a, b):
        try:
            if a._ver != b._ver:
                raise TypeError(f'{a} and {b} are not of the same version')
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {a} and {b}')

    def subnet_of(self, other):
        '''Whether self lies inside other.'''
        return self._inside(self, other)

    def supernet_of(self, other):
        '''Whether other lies inside self.'''
        return self._inside(other, self)

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_private(self):
        return any(self.network_address in net and self.broadcast_address in net
                   for net in self._RANGES.PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback


class _NoRanges:
    PRIVATE = []


_BaseNetwork._RANGES = _NoRanges


class _BaseV4:
    '''Parsing and printing of IPv4 text.'''
    __slots__ = ()
    _ver = 4
    _FULL = (1 << IPV4LENGTH) - 1
    _BITS = IPV4LENGTH
    _MASKS = {}

    def _long_form(self):
        return str(self)

    @classmethod
    def _mask_for(cls, arg):
        if arg not in cls._MASKS:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._BITS:
                    raise NetmaskValueError(f'{prefixlen!r} is not a valid netmask')
            else:
                try:
                    prefixlen = _prefix_from_digits(arg, cls._BITS)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_mask_text(arg)
            netmask = IPv4Address(cls._FULL ^ (cls._FULL >> prefixlen))
            cls._MASKS[arg] = netmask, prefixlen
        return cls._MASKS[arg]

    @classmethod
    def _prefix_from_mask_text(cls, text):
        try:
            value = cls._parse_text(text)
        except AddressValueError:
            raise NetmaskValueError(f'{text!r} is not a valid netmask') from None
        for candidate in (value, value ^ cls._FULL):
            zeros = _lowest_set_bit(candidate, cls._BITS)
            ones = cls._BITS - zeros
            if candidate >> zeros == (1 << ones) - 1:
                return ones
        raise NetmaskValueError(f'{text!r} is not a valid netmask')

    @classmethod
    def _parse_text(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        octets = text.split('.')
        if len(octets) != 4:
            raise AddressValueError(f'Expected 4 octets in {text!r}')
        value = 0
        for octet in octets:
            try:
                value = (value << 8) | cls._parse_octet(octet)
            except ValueError as exc:
                raise AddressValueError(f'{exc} in {text!r}') from None
        return value

    @staticmethod
    def _parse_octet(octet):
        if not octet:
            raise ValueError('Empty octet not permitted')
        if not (octet.isascii() and octet.isdigit()):
            raise ValueError(f'Only decimal digits permitted in {octet!r}')
        if len(octet) > 3:
            raise ValueError(f'At most 3 characters permitted in {octet!r}')
        if octet != '0' and octet[0] == '0':
            raise ValueError(f'Leading zeros are not permitted in {octet!r}')
        number = int(octet, 10)
        if number > 255:
            raise ValueError(f'Octet {number} (> 255) not permitted')
        return number

    @classmethod
    def _int_text(cls, ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _ptr_name(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._BITS


def _prefix_from_digits(text, limit):
    if not (text.isascii() and text.isdigit()):
        raise NetmaskValueError(f'{text!r} is not a valid netmask')
    prefixlen = int(text)
    if not 0 <= prefixlen <= limit:
        raise NetmaskValueError(f'{text!r} is not a valid netmask')
    return prefixlen


def _address_int(cls, address, bits):
    # An address constructor's int or packed-bytes argument, else None for text.
    if isinstance(address, int):
        if address < 0:
            raise AddressValueError(f'{address} (< 0) is not permitted as an IPv{cls._ver} address')
        if address > cls._FULL:
            raise AddressValueError(f'{address} (>= 2**{bits}) is not permitted as an IPv{cls._ver} address')
        return address
    if isinstance(address, bytes):
        if len(address) != bits // 8:
            raise AddressValueError(f'{address!r} (len {len(address)} != {bits // 8}) '
                                    f'is not permitted as an IPv{cls._ver} address')
        return int.from_bytes(address, 'big')
    return None


class IPv4Address(_BaseV4, _BaseAddress):
    '''One IPv4 address.'''
    __slots__ = ('_int', '__weakref__')

    def __init__(self, address):
        value = _address_int(self, address, IPV4LENGTH)
        if value is None:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            value = self._parse_text(text)
        self._int = value

    @property
    def packed(self):
        return v4_int_to_packed(self._int)

    @property
    def is_reserved(self):
        return self in self._RANGES.RESERVED

    @property
    @_functools.lru_cache()
    def is_private(self):
        return any(self in net for net in self._RANGES.PRIVATE)

    @property
    @_functools.lru_cache()
    def is_global(self):
        return self not in self._RANGES.SHARED and not self.is_private

    @property
    def is_multicast(self):
        return self in self._RANGES.MULTICAST

    @property
    def is_unspecified(self):
        return self == self._RANGES.UNSPECIFIED

    @property
    def is_loopback(self):
        return self in self._RANGES.LOOPBACK

    @property
    def is_link_local(self):
        return self in self._RANGES.LINK_LOCAL


class IPv4Interface(IPv4Address):
    '''An IPv4 address together with its network.'''


def _interface_methods(cls, plain, net_cls):
    # What IPv4Interface and IPv6Interface add to their address class: the network, its
    # masks, and ordering/equality that compare the networks as well.
    def __init__(self, address):
        addr, mask = _interface_parts(self, address)
        plain.__init__(self, addr)
        net = self.network = net_cls((addr, mask), strict=False)
        self.netmask = net.netmask
        self._plen = net._plen

    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{plain.__str__(self)}/{self._plen}'

    def __eq__(self, other):
        verdict = plain.__eq__(self, other)
        if verdict is NotImplemented or not verdict:
            return verdict
        theirs = getattr(other, 'network', None)
        return theirs is not None and self.network == theirs

    def __lt__(self, other):
        verdict = plain.__lt__(self, other)
        if verdict is NotImplemented:
            return verdict
        theirs = getattr(other, 'network', None)
        if theirs is None:
            return False
        return self.network < theirs or (self.network == theirs and verdict)

    def __hash__(self):
        return hash((self._int, self._plen, self.network.network_address._int))

    def ip(self):
        return plain(self._int)

    def with_prefixlen(self):
        return f'{self._int_text(self._int)}/{self._plen}'

    def with_netmask(self):
        return f'{self._int_text(self._int)}/{self.netmask}'

    def with_hostmask(self):
        return f'{self._int_text(self._int)}/{self.hostmask}'

    for f in (__init__, __str__, __eq__, __lt__, __hash__):
        f.__qualname__ = f'{cls.__name__}.{f.__name__}'
        setattr(cls, f.__name__, f)
    for f in (ip, with_prefixlen, with_netmask, with_hostmask):
        f.__qualname__ = f'{cls.__name__}.{f.__name__}'
        setattr(cls, f.__name__, property(f))
    hostmask.__qualname__ = f'{cls.__name__}.hostmask'
    cls.hostmask = _functools.cached_property(hostmask)
    cls.hostmask.__set_name__(cls, 'hostmask')
    cls.__reduce__ = _IPAddressBase.__reduce__
    _functools.total_ordering(cls)


def _interface_parts(self, address):
    if isinstance(address, (bytes, int)):
        return address, self._BITS
    parts = address if isinstance(address, tuple) else _split_slash(address)
    if len(parts) > 1:
        return parts
    return parts[0], self._BITS


def _network_init(self, address, strict, address_class):
    addr, mask = _interface_parts(self, address)
    self.network_address = address_class(addr)
    self.netmask, self._plen = self._mask_for(mask)
    packed = int(self.network_address)
    if packed & int(self.netmask) != packed:
        if strict:
            raise ValueError(f'{self} has host bits set')
        self.network_address = address_class(packed & int(self.netmask))
    if self._plen == self._BITS - 1:
        self.hosts = self.__iter__
    elif self._plen == self._BITS:
        self.hosts = lambda: [address_class(addr)]


class IPv4Network(_BaseV4, _BaseNetwork):
    '''An IPv4 network: a network address and a prefix length.'''
    _addr_type = IPv4Address

    def __init__(self, address, strict=True):
        _network_init(self, address, strict, IPv4Address)

    @property
    @_functools.lru_cache()
    def is_global(self):
        return (not (self.network_address in IPv4Network('100.64.0.0/10') and
                     self.broadcast_address in IPv4Network('100.64.0.0/10')) and
                not self.is_private)


class _V4Ranges:
    LINK_LOCAL = IPv4Network('169.254.0.0/16')
    LOOPBACK = IPv4Network('127.0.0.0/8')
    MULTICAST = IPv4Network('224.0.0.0/4')
    SHARED = IPv4Network('100.64.0.0/10')
    PRIVATE = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
        '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    RESERVED = IPv4Network('240.0.0.0/4')
    UNSPECIFIED = IPv4Address('0.0.0.0')


IPv4Address._RANGES = _V4Ranges
_interface_methods(IPv4Interface, IPv4Address, IPv4Network)
IPv4Network._RANGES = _V4Ranges


class _BaseV6:
    '''Parsing and printing of IPv6 text.'''
    __slots__ = ()
    _ver = 6
    _FULL = (1 << IPV6LENGTH) - 1
    _GROUPS = 8
    _BITS = IPV6LENGTH
    _MASKS = {}

    @classmethod
    def _mask_for(cls, arg):
        if arg not in cls._MASKS:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._BITS:
                    raise NetmaskValueError(f'{prefixlen!r} is not a valid netmask')
            else:
                prefixlen = _prefix_from_digits(arg, cls._BITS)
            netmask = IPv6Address(cls._FULL ^ (cls._FULL >> prefixlen))
            cls._MASKS[arg] = netmask, prefixlen
        return cls._MASKS[arg]

    @classmethod
    def _parse_text(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        parts = text.split(':')
        if len(parts) < 3:
            raise AddressValueError(f'At least 3 parts expected in {text!r}')
        tail_v4 = None
        if '.' in parts[-1]:
            try:
                tail_v4 = IPv4Address(parts.pop())._int
            except AddressValueError as exc:
                raise AddressValueError(f'{exc} in {text!r}') from None
            parts.append('%x' % (tail_v4 >> 16))
            parts.append('%x' % (tail_v4 & 0xFFFF))
        if len(parts) > cls._GROUPS + 1:
            raise AddressValueError(f'At most {cls._GROUPS} colons permitted in {text!r}')
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError(f"At most one '::' permitted in {text!r}")
                gap = i
        if gap is not None:
            head, tail = gap, len(parts) - gap - 1
            if not parts[0]:
                head -= 1
                if head:
                    raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
            if not parts[-1]:
                tail -= 1
                if tail:
                    raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
            skipped = cls._GROUPS - (head + tail)
            if skipped < 1:
                raise AddressValueError(f"Expected at most {cls._GROUPS - 1} other parts with '::' in {text!r}")
        else:
            if len(parts) != cls._GROUPS:
                raise AddressValueError(f"Exactly {cls._GROUPS} parts expected without '::' in {text!r}")
            if not parts[0]:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
            if not parts[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
            head, tail, skipped = len(parts), 0, 0
        try:
            value = 0
            for i in range(head):
                value = (value << 16) | cls._parse_hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-tail, 0):
                value = (value << 16) | cls._parse_hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError(f'{exc} in {text!r}') from None

    @staticmethod
    def _parse_hextet(text):
        if not all(c in '0123456789abcdefABCDEF' for c in text):
            raise ValueError(f'Only hex digits permitted in {text!r}')
        if len(text) > 4:
            raise ValueError(f'At most 4 characters permitted in {text!r}')
        return int(text, 16)

    @staticmethod
    def _compress_hextets(hextets):
        best_start, best_len = -1, 0
        start, length = -1, 0
        for i, h in enumerate(hextets):
            if h == '0':
                if start < 0:
                    start = i
                length += 1
                if length > best_len:
                    best_start, best_len = start, length
            else:
                start, length = -1, 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets = hextets + ['']
            hextets = hextets[:best_start] + [''] + hextets[end:]
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _int_text(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._int)
        if ip_int > cls._FULL:
            raise ValueError('IPv6 address is too large')
        text = '%032x' % ip_int
        hextets = ['%x' % int(text[i:i + 4], 16) for i in range(0, 32, 4)]
        return ':'.join(cls._compress_hextets(hextets))

    def _long_form(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        value = self._parse_text(text.split('%')[0])
        full = '%032x' % value
        exploded = ':'.join(full[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return f'{exploded}/{self._plen}'
        return exploded

    def _ptr_name(self):
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    @staticmethod
    def _scope_split(text):
        addr, sep, scope_id = text.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError(f'Invalid IPv6 address: "{text!r}"')
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._BITS


class IPv6Address(_BaseV6, _BaseAddress):
    '''One IPv6 address, with an optional %scope.'''
    __slots__ = ('_int', '_zone', '__weakref__')

    def __init__(self, address):
        value = _address_int(self, address, IPV6LENGTH)
        if value is not None:
            self._int = value
            self._zone = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._zone = self._scope_split(text)
        self._int = self._parse_text(text)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._zone if self._zone else text

    def __hash__(self):
        return hash((self._int, self._zone))

    def __eq__(self, other):
        equal = super().__eq__(other)
        if equal is NotImplemented or not equal:
            return equal
        return self._zone == getattr(other, '_zone', None)

    @property
    def scope_id(self):
        return self._zone

    @property
    def packed(self):
        return v6_int_to_packed(self._int)

    @property
    def is_multicast(self):
        return self in self._RANGES.MULTICAST

    @property
    def is_reserved(self):
        return any(self in net for net in self._RANGES.RESERVED_LIST)

    @property
    def is_link_local(self):
        return self in self._RANGES.LINK_LOCAL

    @property
    def is_site_local(self):
        return self in self._RANGES.SITE_LOCAL

    @property
    @_functools.lru_cache()
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in self._RANGES.PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._int == 0

    @property
    def is_loopback(self):
        return self._int == 1

    @property
    def ipv4_mapped(self):
        if (self._int >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._int & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._int >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._int >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._int & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._int >> 112) != 0x2002:
            return None
        return IPv4Address((self._int >> 80) & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):
    '''An IPv6 address together with its network.'''

    @property
    def is_unspecified(self):
        return self._int == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._int == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    '''An IPv6 network: a network address and a prefix length.'''
    _addr_type = IPv6Address

    def __init__(self, address, strict=True):
        _network_init(self, address, strict, IPv6Address)

    def hosts(self):
        '''Every address but the Subnet-Router anycast one (the network address).'''
        lo = int(self.network_address)
        hi = int(self.broadcast_address)
        for x in range(lo + 1, hi + 1):
            yield self._addr_type(x)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class _V6Ranges:
    LINK_LOCAL = IPv6Network('fe80::/10')
    MULTICAST = IPv6Network('ff00::/8')
    PRIVATE = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    RESERVED_LIST = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
        '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    SITE_LOCAL = IPv6Network('fec0::/10')


IPv6Address._RANGES = _V6Ranges
_interface_methods(IPv6Interface, IPv6Address, IPv6Network)
IPv6Network._RANGES = _V6Ranges
`;
