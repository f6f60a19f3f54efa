// The `heapq` module's Python layer: merge, nsmallest and nlargest, over the native heap
// operations of heapq.ts. It follows the behaviour of CPython 3.11's module (merge is
// stable, and nsmallest/nlargest equal a stable sort cut to n).

/** Source of the pure-Python part of heapq, run in the module's namespace. */
export const HEAPQ_PY = String.raw`
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    '''Lazily merge sorted iterables into one sorted stream (stable: ties keep input order).'''
    # Each live input is a heap entry [sort key, tie rank, current value, its iterator];
    # the rank is unique, so entries never compare values or iterators.
    direction = -1 if reverse else 1
    entries = []
    for rank, source in enumerate(iterables):
        stream = iter(source)
        for value in stream:
            entries.append([value if key is None else key(value), rank * direction, value, stream])
            break
    if reverse:
        _heapify_max(entries)
        drop, advance = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        drop, advance = heappop, heapreplace
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            advance(entries, top)
            break
        else:
            drop(entries)
    if entries:
        last = entries[0]
        yield last[2]
        yield from last[3]


def nsmallest(n, iterable, key=None):
    '''The n smallest items of iterable, as sorted(iterable, key=key)[:n] would give them.'''
    if n <= 0:
        return []
    ordered = sorted(iterable, key=key)
    return ordered[:n]


def nlargest(n, iterable, key=None):
    '''The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n] would.'''
    if n <= 0:
        return []
    ordered = sorted(iterable, key=key, reverse=True)
    return ordered[:n]
`;
