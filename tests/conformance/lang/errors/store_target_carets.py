# Where a traceback points when a store, a delete or an augmented assignment fails: at the
# target (attribute, subscript, name), and at the whole statement for the operator itself.
import traceback


class Point:
    __slots__ = ("x", "y")


class Holder:
    text = "s"


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().split("\n", 1)[1])


def slots_store():
    p = Point()
    p.x = 1
    p.z = 3


def subscript_store():
    values = [1]
    values[5] = 0


def none_store():
    nothing = None
    nothing[0] = 1


def aug_missing_key():
    counts = {}
    counts["k"] += 1


def aug_bad_operand():
    counts = {"k": "s"}
    counts["k"] += 1


def aug_attr_missing():
    h = Holder()
    h.count += 1


def aug_attr_bad_operand():
    h = Holder()
    h.text += 1


def aug_unbound_local():
    total += 1
    total = 0


def read_unbound_local():
    print(later)
    later = 1


def delete_missing():
    p = Point()
    del p.x


def delete_item():
    values = []
    del values[3]


def unpack_into_slots():
    p = Point()
    p.x, p.w = 1, 2


def for_target():
    p = Point()
    for p.q in range(2):
        pass


for f in [slots_store, subscript_store, none_store, aug_missing_key, aug_bad_operand,
          aug_attr_missing, aug_attr_bad_operand, aug_unbound_local, read_unbound_local,
          delete_missing, delete_item, unpack_into_slots, for_target]:
    show(f)
missing += 1
