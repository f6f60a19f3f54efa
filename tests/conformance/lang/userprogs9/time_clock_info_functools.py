# Clock descriptions and a few functools helpers programs reach for
import time
import functools

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(f"{name:<13} monotonic={info.monotonic!s:<5} adjustable={info.adjustable!s:<5} {info.implementation}")
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError:", e)
start = time.thread_time()
total = sum(i * i for i in range(10000))
print(total, time.thread_time() >= start, isinstance(time.thread_time_ns(), int))


class Node:
    def __init__(self, name):
        self.name, self.children = name, []

    @functools.recursive_repr("<loop>")
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


root = Node("root")
root.children.append(Node("leaf"))
root.children.append(root)
print(root)
print(functools.get_cache_token() == functools.get_cache_token())
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted(["pear", "fig", "apple"], key=key), type(key("x")).__name__, "KeyWrapper" in dir(functools))
