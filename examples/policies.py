# When to collect (pymm only: the pymm module is not in CPython). The same work — requests
# that each leave cyclic garbage behind — under four policies: CPython's thresholds, tight
# thresholds (collecting too often), one collection per request on an event, and a timer.
# Run: npx pymm run examples/policies.py   (or choose from the command line instead:
#      npx pymm run --gc=on:request-done:0 --stats examples/policies.py)
import gc
import time

import pymm


class Session:
    def __init__(self, n):
        self.n = n
        self.me = self  # a cycle: only the collector frees it


def request(size=2000):
    for i in range(size):
        Session(i)
    pymm.signal("request-done")  # collects only if a policy listens


def run(label):
    gc.collect()
    pymm.reset_gc_stats()
    start = time.perf_counter()
    for _ in range(20):
        request()
    elapsed = time.perf_counter() - start
    s = pymm.gc_stats()
    if label is None:
        return
    triggers = {k: v for k, v in s["by_trigger"].items() if v}
    print(f"{label:<34} collections {sum(s['collections']):5}  {triggers}")
    print(f"{'':<34} {elapsed * 1000:7.1f} ms, {s['pause_share']:.0%} of it collecting")


run(None)  # a first round warms the JIT up
run("thresholds (700, 10, 10)")
gc.set_threshold(50, 10, 10)
run("thresholds (50, 10, 10)")
gc.set_threshold(700, 10, 10)

pymm.auto_collect(False)
pymm.collect_on("request-done", 0)
run("one gen-0 collection per request")
pymm.collect_on("request-done", None)

pymm.collect_every(5, generation=0)
run("gen 0 every 5 ms")
pymm.collect_every(None)
pymm.auto_collect(True)
print("peak heap reserved:", pymm.heap_stats()["peak_bytes_reserved"] // 1024, "KiB")
