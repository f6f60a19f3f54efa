"""alloc-churn: short-lived lists, dicts, tuples, strings and instances, most dropped at once.

A ring of WINDOW slots keeps the newest records alive a little longer, so that frees come
both right after the allocation and some time later. Usage: alloc_churn.py [ITERATIONS]
"""
import sys

WINDOW = 512


class Record:
    def __init__(self, key, values):
        self.key = key
        self.values = values


def make(i):
    values = [i, i + 1, i + 2]
    meta = {"id": i, "pair": (i, -i), "name": "r" + str(i % 97)}
    return Record(meta["name"], values + [len(meta)])


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    window = [None] * WINDOW
    checksum = 0
    for i in range(iterations):
        rec = make(i)
        old = window[i % WINDOW]
        if old is not None:
            checksum += old.values[-1] + len(old.key)
        window[i % WINDOW] = rec
        scratch = [(j, str(j)) for j in range(i % 7)]
        checksum += len(scratch)
    live = sum(1 for r in window if r is not None)
    print("iterations", iterations, "live", live)
    print("checksum", checksum)


main()
