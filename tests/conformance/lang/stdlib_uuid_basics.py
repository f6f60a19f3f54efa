# uuid: parsing, fields and properties, name-based versions, random ones, errors, ordering.
import copy
import pickle
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
same = [uuid.UUID("12345678123456781234567812345678"), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
        uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print(all(x == u for x in same), len({hash(x) for x in same}), int(u) == u.int)
v = uuid.UUID(int=u.int, version=4)
print(v, v.version, v.variant, v != u, v > u, sorted([v, u])[0] == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b"bytes")
except TypeError as e:
    print("TypeError", e)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r)[14], str(r)[19] in "89ab", r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), uuid.uuid1().time >= t.time, uuid.uuid1(node=0x123456789abc, clock_seq=5).node)
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).version, uuid.UUID(int=0).variant)
print(uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0xe000 << 48).variant)
print(uuid.SafeUUID.unknown, repr(uuid.SafeUUID.safe), u.is_safe)
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, copy.deepcopy(u) is not None)
print(u == str(u), u.__eq__(1), {u: 1}[uuid.UUID(str(u))])
for bad in (lambda: uuid.UUID("1234"), lambda: uuid.UUID(), lambda: uuid.UUID(hex="0" * 32, int=0),
            lambda: uuid.UUID(bytes=b"short"), lambda: uuid.UUID(bytes_le=b"x" * 15),
            lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)),
            lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 1 << 48)),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=6), lambda: uuid.UUID("g" * 32)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
try:
    u < 5
except TypeError as e:
    print("TypeError", e)
