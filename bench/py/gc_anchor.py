"""The python3 side of `npm run bench -- gc`: the same graphs and loops as bench/gc.ts.

Prints one JSON object: {"case": value, ...} in the units of the suite.
Usage: python3 gc_anchor.py [--smoke] [--full]
"""
import gc
import json
import sys
import time
import tracemalloc

SMOKE = "--smoke" in sys.argv
FULL = "--full" in sys.argv
PAIRS = 2_000 if SMOKE else 500_000


def build_pairs(n):
    keep = []
    for _ in range(n):
        a = []
        b = [a]
        a.append(b)
        keep.append(a)
    return keep


def collect_live(n):
    keep = build_pairs(n)
    gc.collect()
    t = time.perf_counter()
    gc.collect()
    dt = time.perf_counter() - t
    del keep
    gc.collect()
    return dt * 1e9 / (2 * n)


def collect_dead(n):
    keep = build_pairs(n)
    gc.collect()
    del keep
    t = time.perf_counter()
    found = gc.collect()
    dt = time.perf_counter() - t
    assert found >= 2 * n, found
    return dt * 1e9 / (2 * n)


def gen0_collect(rounds):
    times = []
    start = [0.0]

    def cb(phase, info):
        if info["generation"] != 0:
            return
        if phase == "start":
            start[0] = time.perf_counter()
        else:
            times.append(time.perf_counter() - start[0])

    gc.collect()
    gc.callbacks.append(cb)
    keep = []
    while len(times) < rounds:
        keep.append([])
    gc.callbacks.remove(cb)
    del keep
    gc.collect()
    times.sort()
    return times[len(times) // 2] * 1e6


def churn(n):
    gc.collect()
    t = time.perf_counter()
    for i in range(n):
        x = [i]
    dt = time.perf_counter() - t
    return dt * 1e9 / n


def bytes_per_container(n):
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    keep = [None] * n
    base = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        keep[i] = []
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del before
    # tracemalloc adds a few bytes of its own over the whole run: round to whole bytes.
    return round((after - base) / n)


def median(f, *args, runs=3):
    xs = sorted(f(*args) for _ in range(runs))
    return xs[len(xs) // 2]


def main():
    out = {}
    out["collect-live-1M"] = median(collect_live, PAIRS)
    out["collect-dead-1M"] = median(collect_dead, PAIRS)
    if FULL:
        out["collect-dead-10M"] = collect_dead(5_000_000)
    out["gen0-collect"] = gen0_collect(20 if SMOKE else 200)
    out["churn"] = median(churn, 10_000 if SMOKE else 2_000_000)
    out["bytes-per-container"] = bytes_per_container(1000 if SMOKE else 100_000)
    print(json.dumps(out))


main()
