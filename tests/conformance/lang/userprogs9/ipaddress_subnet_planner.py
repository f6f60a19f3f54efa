# Subnet planner: split an office network into VLANs and check hosts
import ipaddress
import copy
import pickle

office = ipaddress.ip_network("10.20.0.0/22")
print(f"Office network: {office} ({office.num_addresses} addresses)")
print(f"  netmask {office.netmask}, hostmask {office.hostmask}, broadcast {office.broadcast_address}")

vlans = {"staff": 24, "guests": 24, "servers": 25, "printers": 27, "mgmt": 28}
free = [office]
plan = {}
for name, prefix in sorted(vlans.items(), key=lambda kv: kv[1]):
    free.sort(key=lambda n: (n.prefixlen, n.network_address), reverse=True)
    for i, block in enumerate(free):
        if block.prefixlen <= prefix:
            break
    block = free.pop(i)
    chosen = next(block.subnets(new_prefix=prefix))
    plan[name] = chosen
    free.extend(block.address_exclude(chosen))
    print(f"{name:<9} -> {str(chosen):<16} usable={chosen.num_addresses - 2:>4} first={chosen[1]} last={chosen[-2]}")

print("Remaining:", sorted(ipaddress.collapse_addresses(free)))

hosts = ["10.20.0.17", "10.20.1.200", "10.20.2.130", "10.20.3.250", "192.168.1.1", "10.20.4.1", "fe80::1"]
for h in hosts:
    addr = ipaddress.ip_address(h)
    owner = next((n for n, net in plan.items() if addr in net), None)
    kind = "private" if addr.is_private else "global"
    print(f"{h:>12} v{addr.version} {kind:<7} vlan={owner}")

iface = ipaddress.ip_interface("10.20.2.130/25")
print(iface, iface.ip, iface.network, iface.with_netmask, iface.network == plan["servers"])
gw = plan["staff"].network_address + 1
print("gateway", gw, repr(gw), int(gw), gw.packed.hex(), gw.reverse_pointer)
print(f"{gw:b}", f"{gw:#x}", f"{gw:_n}", f"{gw:>15s}|")
print(copy.deepcopy(plan["mgmt"]), pickle.loads(pickle.dumps(iface)), pickle.loads(pickle.dumps(gw)) == gw)
print(sorted([ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("10.0.0.9"), ipaddress.ip_address("9.255.255.255")]))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.3"), ipaddress.ip_address("10.0.0.17"))))
v6 = ipaddress.ip_network("2001:db8:abcd::/48")
print(v6, v6.num_addresses, [str(s) for s in list(v6.subnets(new_prefix=52))[:3]], v6[1], v6.exploded)
for bad in ["10.20.0.1/22", "300.1.1.1", "10.0.0.0/40", "::g"]:
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
try:
    ipaddress.IPv4Address("1.2.3.04")
except ipaddress.AddressValueError as e:
    print("AddressValueError:", e)
