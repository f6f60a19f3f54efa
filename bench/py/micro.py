# The `micro` suite's program: one small loop per language construct, each timed inside
# this process with time.perf_counter (start-up and compilation of the module are not
# counted), after a warm-up run of a tenth of its iterations.
#
# usage: micro.py N [CASE ...]: runs each case (or the named ones) for N × its weight
# iterations and prints one line per case: name, ns per iteration, and the repr of what the
# loop computed (the harness checks it against python3's).

import pickle
import sys
import time

CASES = []


def case(weight=1.0):
    """Registers a loop `c_name(n)`; `weight` scales N for slow or fast constructs."""

    def register(fn):
        CASES.append((fn.__name__[2:].replace("_", "-"), fn, weight))
        return fn

    return register


G = 3
xs = [5, 3, 8, 1, 9, 2, 7]
d = {"a": 1, "b": 2, "c": 3}
s = "hello"


class Plain:
    def __init__(self, a):
        self.a = a

    def m(self, k):
        return self.a + k

    def kw(self, k, *, scale=1):
        return self.a + k * scale


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = 0


class Base:
    def __init__(self, a):
        self.a = a

    def f(self):
        return self.a


class Derived(Base):
    def __init__(self, a):
        super().__init__(a)

    def f(self):
        return super().f() + 1


class Prop:
    def __init__(self):
        self._v = 2

    @property
    def v(self):
        return self._v


class Seq:
    def __getitem__(self, i):
        return i * 2


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@case()
def c_range_loop(n):
    for _ in range(n):
        pass
    return n


@case()
def c_while_loop(n):
    i = 0
    while i < n:
        i += 1
    return i


@case()
def c_local_read(n):
    a = 1
    t = 0
    for _ in range(n):
        t = a
    return t


@case()
def c_global_read(n):
    t = 0
    for _ in range(n):
        t = G
    return t


@case()
def c_int_add(n):
    t = 0
    for i in range(n):
        t = t + i
    return t


@case()
def c_int_mul(n):
    t = 0
    for i in range(n):
        t = (i * 7) % 1000
    return t


@case()
def c_int_compare(n):
    c = 0
    for i in range(n):
        if i < 500:
            c += 1
    return c


@case(0.2)
def c_bigint_mul(n):
    b = 3**200
    t = 0
    for i in range(n):
        t = b * (b + i)
    return t % 1000007


@case()
def c_float_ops(n):
    y = 1.5
    for _ in range(n):
        y = y * 1.0000001 + 0.1
    return round(y, 3)


@case()
def c_attr_get(n):
    o = Plain(4)
    t = 0
    for _ in range(n):
        t = o.a
    return t


@case()
def c_attr_set(n):
    o = Plain(4)
    for i in range(n):
        o.a = i
    return o.a


@case()
def c_slots_get_set(n):
    o = Slotted(1)
    for i in range(n):
        o.b = o.a + i
    return o.b


@case()
def c_method_call(n):
    o = Plain(1)
    t = 0
    for i in range(n):
        t = o.m(i)
    return t


@case()
def c_kw_call(n):
    o = Plain(1)
    t = 0
    for i in range(n):
        t = o.kw(i, scale=2)
    return t


@case()
def c_star_args_call(n):
    def f(*args, **kwargs):
        return len(args) + len(kwargs)

    t = 0
    for i in range(n):
        t = f(i, 2, k=3)
    return t


@case()
def c_closure_call(n):
    def mk(a):
        def inner(b):
            return a + b

        return inner

    g = mk(3)
    t = 0
    for i in range(n):
        t = g(i)
    return t


@case()
def c_generator(n):
    def gen(m):
        for i in range(m):
            yield i

    t = 0
    for v in gen(n):
        t += v
    return t


@case()
def c_list_append(n):
    a = []
    for i in range(n):
        a.append(i)
    return len(a)


@case()
def c_list_index(n):
    t = 0
    for i in range(n):
        t = xs[i % 7]
    return t


@case()
def c_list_slice(n):
    t = None
    for _ in range(n):
        t = xs[1:5]
    return t


@case(0.2)
def c_list_sort(n):
    t = None
    for _ in range(n):
        t = [5, 3, 8, 1, 9, 2, 7]
        t.sort()
    return t


@case(0.2)
def c_sorted_key(n):
    t = None
    for _ in range(n):
        t = sorted(xs, key=lambda v: -v)
    return t


@case()
def c_dict_get(n):
    t = 0
    for _ in range(n):
        t = d["b"]
    return t


@case()
def c_dict_set(n):
    e = {}
    for i in range(n):
        e[i & 255] = i
    return len(e)


@case(0.1)
def c_dict_iter(n):
    e = {k: k for k in range(10)}
    t = 0
    for _ in range(n):
        for k in e:
            t += k
    return t


@case(0.1)
def c_dict_items(n):
    e = {k: k for k in range(10)}
    t = 0
    for _ in range(n):
        for k, v in e.items():
            t += v
    return t


@case()
def c_set_ops(n):
    a = {1, 2, 3}
    c = 0
    for i in range(n):
        if (i & 7) in a:
            c += 1
        a.add(i & 3)
    return c


@case()
def c_str_concat(n):
    t = ""
    for _ in range(n):
        t = s + "x"
    return t


@case()
def c_str_format(n):
    t = ""
    for i in range(n):
        t = "%d %s" % (i, s)
    return t


@case()
def c_fstring(n):
    t = ""
    for i in range(n):
        t = f"{i}-{s}"
    return t


@case()
def c_str_join(n):
    parts = ["a", "b", "c"]
    t = ""
    for _ in range(n):
        t = ",".join(parts)
    return t


@case()
def c_str_split(n):
    t = None
    for _ in range(n):
        t = "a b c".split()
    return t


@case()
def c_str_replace(n):
    t = ""
    for _ in range(n):
        t = s.replace("l", "L")
    return t


@case()
def c_tuple_unpack(n):
    t = 0
    for i in range(n):
        a, b = i, 1
        t = a + b
    return t


@case(0.1)
def c_list_comprehension(n):
    t = None
    for _ in range(n):
        t = [j * 2 for j in range(10)]
    return t


@case(0.1)
def c_dict_comprehension(n):
    t = None
    for _ in range(n):
        t = {j: j for j in range(10)}
    return len(t)


@case()
def c_try_except_no_raise(n):
    t = 0
    for i in range(n):
        try:
            t = i
        except ValueError:
            t = -1
    return t


@case(0.2)
def c_raise_except(n):
    c = 0
    for _ in range(n):
        try:
            raise ValueError("x")
        except ValueError:
            c += 1
    return c


@case(0.2)
def c_exception_from_call(n):
    def f(v):
        return v[9]

    c = 0
    for _ in range(n):
        try:
            f(xs)
        except IndexError:
            c += 1
    return c


@case()
def c_with_statement(n):
    m = Ctx()
    t = 0
    for i in range(n):
        with m:
            t = i
    return t


@case()
def c_isinstance(n):
    c = 0
    for _ in range(n):
        if isinstance(xs, list):
            c += 1
    return c


@case()
def c_len(n):
    t = 0
    for _ in range(n):
        t = len(xs)
    return t


@case()
def c_min_max(n):
    t = 0
    for i in range(n):
        t = min(i, 5) + max(i, 5)
    return t


@case(0.2)
def c_sum(n):
    t = 0
    for _ in range(n):
        t = sum(xs)
    return t


@case(0.1)
def c_enumerate_zip(n):
    t = 0
    for _ in range(n):
        for i, (a, b) in enumerate(zip(xs, xs)):
            t += i
    return t


@case()
def c_instantiate(n):
    o = None
    for i in range(n):
        o = Plain(i)
    return o.a


@case(0.5)
def c_super_call(n):
    o = Derived(2)
    t = 0
    for _ in range(n):
        t = o.f()
    return t


@case()
def c_property(n):
    o = Prop()
    t = 0
    for _ in range(n):
        t = o.v
    return t


@case()
def c_getitem_dunder(n):
    o = Seq()
    t = 0
    for i in range(n):
        t = o[i]
    return t


# pickle (pyperformance's pickle / pickle_dict / pickle_list / unpickle / unpickle_list
# shapes): one dumps or loads of a small structure per iteration.
PICKLE_DICTS = [{"id": i, "name": "user%d" % i, "score": i * 1.5, "tags": ["a", "b"], "ok": True}
                for i in range(50)]
PICKLE_NESTED = [[i, str(i), (i, i * 2.5), None] for i in range(100)]


class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b


PICKLE_OBJS = [Rec(i, "r%d" % i) for i in range(20)]


@case(weight=0.01)
def c_pickle_dumps_dicts(n):
    t = 0
    for _ in range(n):
        t = len(pickle.dumps(PICKLE_DICTS, 4))
    return t


@case(weight=0.01)
def c_pickle_loads_dicts(n):
    data = pickle.dumps(PICKLE_DICTS, 4)
    t = None
    for _ in range(n):
        t = pickle.loads(data)
    return len(t)


@case(weight=0.01)
def c_pickle_dumps_list(n):
    t = 0
    for _ in range(n):
        t = len(pickle.dumps(PICKLE_NESTED, 2))
    return t


@case(weight=0.01)
def c_pickle_loads_list(n):
    data = pickle.dumps(PICKLE_NESTED, 2)
    t = None
    for _ in range(n):
        t = pickle.loads(data)
    return len(t)


@case(weight=0.01)
def c_pickle_objects(n):
    t = None
    for _ in range(n):
        t = pickle.loads(pickle.dumps(PICKLE_OBJS, 4))
    return t[-1].b


def main():
    n = int(sys.argv[1])
    wanted = sys.argv[2:]
    known = [c[0] for c in CASES]
    for w in wanted:
        if w not in known:
            raise SystemExit(f"unknown case {w!r}")
    clock = time.perf_counter
    for name, fn, weight in CASES:
        if wanted and name not in wanted:
            continue
        m = max(1, int(n * weight))
        fn(max(1, m // 10))
        t0 = clock()
        r = fn(m)
        dt = clock() - t0
        print(f"{name}\t{dt * 1e9 / m:.2f}\t{r!r}")


main()
