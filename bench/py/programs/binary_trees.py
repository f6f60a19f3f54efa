"""binary-trees: the Benchmarks Game allocation test, single process.

Trees are nested 2-tuples (leaves are (None, None)); check() counts nodes.
Usage: binary_trees.py [MAX_DEPTH]
"""
import sys

MIN_DEPTH = 4


def grow(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (grow(depth), grow(depth))


def check(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main():
    max_depth = max(MIN_DEPTH + 2, int(sys.argv[1]) if len(sys.argv) > 1 else 16)
    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {check(grow(stretch))}")
    long_lived = grow(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += check(grow(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")


main()
