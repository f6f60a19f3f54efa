import ipaddress as ip
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f"{f.__name__}{a!r} -> {r!r}")
    except Exception as e:
        print(f"{f.__name__}{a!r} !! {type(e).__name__}: {e}")
for s in ['1.2.3.4', '1.2.3', '1.2.3.256', '1.2.3.04', '1.2..4', '', 'abc', '1.2.3.4.5', ' 1.2.3.4', '1.2.3.-1', '1.2.3.4/24', '0x1.2.3.4', '1.2.3.٣',
          '::1', '2001:db8::1', '2001:0DB8:0000:0000:0000:ff00:0042:8329', '::ffff:192.0.2.1', 'fe80::1%eth0', '1::2::3', ':1', '1:', '1:2:3:4:5:6:7:8:9', '12345::', 'g::', '1:2:3:4:5:6:7::', '::1.2.3', '1:2:3:4:5:6:7:1.2.3.4', '1::2:3:4:5:6:7:8']:
    t(ip.ip_address, s)
for s in ['1.2.3.4', '::1']:
    t(ip.IPv4Address, s); t(ip.IPv6Address, s)
for v in [0, 1, 2**32 - 1, 2**32, -1, 2**128 - 1, 2**128, b'\x01\x02\x03\x04', b'\x00' * 16, b'\x01', 3.0, None]:
    t(ip.ip_address, v)
for s in ['10.0.0.0/8', '10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/255.0.0.0', '10.0.0.0/0.0.0.255', '10.0.0.0/255.0.255.0', '10.0.0.0/a', '10.0.0.0/', '10.0.0.0/8/8', '10.0.0.0/-1', '10.0.0.0/08', '192.168.1.0/24', '2001:db8::/32', '2001:db8::1/32', '2001:db8::/129', 'x/8', ('10.0.0.0', 8), ('10.0.0.0', '255.0.0.0'), (167772160, 8), 167772160]:
    t(ip.ip_network, s)
t(ip.ip_network, '10.0.0.1/8', strict=False)
t(ip.ip_network, '2001:db8::1/32', False)
for s in ['10.0.0.1/8', '10.0.0.1', '::1/64', 'bad/1', '10.0.0.1/255.255.0.0']:
    t(ip.ip_interface, s)
a = ip.ip_address('192.168.1.10'); b = ip.ip_address('192.168.1.20')
print(a < b, a == ip.IPv4Address('192.168.1.10'), a + 5, b - 5, int(a), a.packed, a.version, a.max_prefixlen, str(a), hash(a) == hash(ip.ip_address('192.168.1.10')))
print(a.reverse_pointer, a.exploded, a.compressed, a.is_private, a.is_global, format(a, 'b')[:10], format(a, '#x'), format(a, 'n'), format(a, 'X'), format(a, '_b'))
t(format, a, '>20')
t(lambda: a + 2**32)
t(lambda: a - b)
t(lambda: a < ip.ip_address('::1'))
t(lambda: a == ip.ip_address('::1'))
t(lambda: a < 5)
t(lambda: sorted([b, a]))
n = ip.ip_network('192.168.1.0/28')
print(n, repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.compressed, n.exploded, n.version)
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], n[3])
t(lambda: n[16]); t(lambda: n[-17])
print(a in n, ip.ip_address('192.168.1.5') in n, list(n.subnets()), list(n.subnets(prefixlen_diff=2))[:2], list(n.subnets(new_prefix=30))[-1], n.supernet(), n.supernet(new_prefix=16))
print(n.overlaps(ip.ip_network('192.168.1.8/29')), n.subnet_of(ip.ip_network('192.168.0.0/16')), n.supernet_of(ip.ip_network('192.168.1.0/30')))
print(list(ip.ip_network('10.0.0.0/30').hosts()), list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.5/32').hosts()), list(ip.ip_network('10.0.0.0/30')))
print(list(ip.ip_network('192.168.0.0/24').address_exclude(ip.ip_network('192.168.0.64/26'))))
print(list(ip.collapse_addresses([ip.ip_network('10.0.0.0/25'), ip.ip_network('10.0.0.128/25'), ip.ip_network('10.0.1.0/24'), ip.ip_address('10.0.2.0')])))
print(list(ip.summarize_address_range(ip.ip_address('10.0.0.0'), ip.ip_address('10.0.0.130'))))
print(ip.ip_network('10.0.0.0/8') < ip.ip_network('10.0.0.0/16'), ip.ip_network('10.1.0.0/16') > ip.ip_network('10.0.0.0/8'), hash(n) == hash(ip.ip_network('192.168.1.0/28')), n == ip.ip_network('192.168.1.0/28'))
t(lambda: list(n.subnets(new_prefix=24))); t(lambda: n.supernet(new_prefix=30)); t(lambda: list(n.subnets(1, 26)))
i = ip.ip_interface('10.1.2.3/24')
print(i, repr(i), i.ip, i.network, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.netmask, i.hostmask, i == ip.ip_interface('10.1.2.3/24'), i.is_private, isinstance(i, ip.IPv4Address))
v6 = ip.ip_address('2001:0db8:0000:0000:0000:0000:0000:0001')
print(v6, repr(v6), v6.exploded, v6.compressed, v6.reverse_pointer, v6.packed, v6.is_private, v6.is_global, v6.is_multicast, v6.ipv4_mapped, v6.scope_id, v6 + 1, int(v6))
for s in ['::', '::1', '1::', '1:0:0:1:0:0:0:1', '1:0:0:2:0:0:3:4', '0:0:1:0:0:1:0:0', 'ff02::1', 'fe80::1', '::ffff:10.0.0.1', 'fe80::1%eth0', '2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'fc00::1', '::ffff:1.2.3.4']:
    x = ip.ip_address(s)
    print(f"{s:<40} {str(x):<36} {x.is_private!s:5} {x.is_global!s:5} {x.is_loopback!s:5} {x.is_link_local!s:5} {x.is_multicast!s:5} {x.is_reserved!s:5} {x.is_unspecified!s:5} {x.is_site_local!s:5} {x.ipv4_mapped} {x.sixtofour} {x.teredo} {x.scope_id}")
for s in ['0.0.0.0', '127.0.0.1', '169.254.1.1', '224.0.0.1', '240.0.0.1', '255.255.255.255', '100.64.0.1', '8.8.8.8', '172.16.5.4', '172.32.0.1', '192.0.2.1']:
    x = ip.ip_address(s)
    print(f"{s:<16} {x.is_private!s:5} {x.is_global!s:5} {x.is_loopback!s:5} {x.is_link_local!s:5} {x.is_multicast!s:5} {x.is_reserved!s:5} {x.is_unspecified!s:5}")
n6 = ip.ip_network('2001:db8::/126')
print(n6, n6.num_addresses, list(n6.hosts()), list(n6), n6.netmask, n6.hostmask, n6.with_netmask, n6.broadcast_address, n6.supernet(), n6.is_private)
print(ip.ip_network('10.0.0.0/8').is_private, ip.ip_network('0.0.0.0/0').is_private, ip.ip_network('8.0.0.0/8').is_global)
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1)[-2:], ip.IPv4Network('10.0.0.0/8').compare_networks(ip.IPv4Network('10.0.0.0/16')))
print(ip.IPv4Address('1.2.3.4') in [ip.IPv4Address('1.2.3.4')], {ip.ip_address('1.1.1.1'): 1}, sorted(ip.ip_network('10.0.0.0/30')), ip.IPv4Network('10.0.0.0/8').__class__.__mro__[1:])
for s in ['1.2.3', '1.2.3.256', '1.2.3.04', '1.2..4', '', '1.2.3.4.5', ' 1.2.3.4', '1.2.3.-1', '1.2.3.4/24', '0x1.2.3.4', '1.2.3.٣', '1.2.3.1234', 1.5, -1, 2**32]:
    t(ip.IPv4Address, s)
for s in ['1::2::3', ':1', '1:', '1:2:3:4:5:6:7:8:9', '12345::', 'g::', '::1.2.3', '1:2:3:4:5:6:7:1.2.3.4', '1::2:3:4:5:6:7:8', '1:2', '', 'fe80::1%', '1:2:3:4:5:6:7', '::/64', ':::']:
    t(ip.IPv6Address, s)
for s in ['10.0.0.0/33', '10.0.0.0/255.0.255.0', '10.0.0.0/a', '10.0.0.0/', '10.0.0.0/8/8', '10.0.0.0/-1', 'x/8', '10.0.0.1/8', ('1.2.3.4', 40), ('1.2.3.4', 8, 1)]:
    t(ip.IPv4Network, s)
for s in ['::/129', '::/a', '::1/64', '::/ff::']:
    t(ip.IPv6Network, s)
t(ip.IPv4Interface, '1.2.3.4/40')
t(ip.ip_network, '10.0.0.0/8').__class__
t(lambda: ip.ip_network('10.0.0.0/8') < ip.ip_address('10.0.0.0'))
t(lambda: ip.ip_network('10.0.0.0/8').overlaps(ip.ip_network('::/0')))
t(lambda: ip.ip_network('10.0.0.0/8').subnet_of(ip.ip_network('::/0')))
t(lambda: list(ip.ip_network('10.0.0.0/8').address_exclude(ip.ip_network('11.0.0.0/8'))))
t(lambda: list(ip.summarize_address_range(ip.ip_address('10.0.0.5'), ip.ip_address('10.0.0.1'))))
t(lambda: list(ip.collapse_addresses([ip.ip_address('10.0.0.5'), ip.ip_address('::1')])))
t(lambda: ip.ip_network('10.0.0.0/24') == '10.0.0.0/24')
t(lambda: ip.ip_address('1.1.1.1') == '1.1.1.1')
t(lambda: ip.ip_address('1.1.1.1') - 2**33)
t(lambda: ip.IPv6Address('::1') + 2**128)
t(lambda: 5 + ip.ip_address('1.1.1.1'))
print(ip.ip_interface('10.0.0.5/24') < ip.ip_interface('10.0.0.6/24'), ip.ip_interface('10.0.0.5/24') == ip.ip_address('10.0.0.5'), ip.ip_interface('10.0.0.5/24').network.is_private, str(ip.ip_interface('2001:db8::5/64')))
print(ip.AddressValueError.__mro__, ip.NetmaskValueError.__mro__)
