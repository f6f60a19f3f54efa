"""gc-traversal: a deep, wide tree of lists that stays alive while gc.collect() walks it.

Level k is a list holding k references to level k - 1, so the collector follows about
LEVELS² / 2 references per collection and frees nothing.
Usage: gc_traversal.py [COLLECTIONS [LEVELS]]  (LEVELS = 1000 by default)
"""
import gc
import sys


def make_levels(levels):
    below = []
    for k in range(levels):
        row = [None] * k
        for i in range(k):
            row[i] = below
        below = row
    return below


def count_refs(top):
    total = 0
    row = top
    while row:
        total += len(row)
        row = row[0]
    return total


def main():
    collections = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    levels = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    top = make_levels(levels)
    gc.collect()
    freed = 0
    for _ in range(collections):
        freed += gc.collect()
    print("levels", levels, "top width", len(top))
    print("references", count_refs(top))
    print("collections", collections, "freed", freed)


main()
