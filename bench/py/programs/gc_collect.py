"""gc-collect: rings of linked nodes made unreachable, then found by gc.collect().

Each round builds RINGS rings of LINKS + 1 nodes (each node points at the next and the
previous one), drops them all and calls gc.collect(). Usage: gc_collect.py [ROUNDS]
"""
import gc
import sys

RINGS = 100
LINKS = 20


class Node:
    def __init__(self, label):
        self.label = label
        self.next = None
        self.prev = None


def join(left, right):
    left.next = right
    right.prev = left


def make_ring(links, base):
    head = Node(base)
    tail = head
    for i in range(links):
        node = Node(base + i + 1)
        join(tail, node)
        tail = node
    join(tail, head)
    return head


def make_rings(rings, links):
    heads = []
    for r in range(rings):
        heads.append(make_ring(links, r * (links + 1)))
    return heads


def ring_sum(head):
    total = head.label
    node = head.next
    while node is not head:
        total += node.label
        node = node.next
    return total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    gc.collect()
    checksum = 0
    enough = 0
    for _ in range(rounds):
        heads = make_rings(RINGS, LINKS)
        checksum += ring_sum(heads[-1]) + len(heads)
        del heads
        found = gc.collect()
        if found >= RINGS * (LINKS + 1):
            enough += 1
    print("rounds", rounds, "rings", RINGS, "links", LINKS)
    print("checksum", checksum)
    print("collections that found every ring:", enough)


main()
