// Python half of heapq: merge, nlargest and nsmallest over the native heap operations.

/** Source of the pure-Python part of heapq, run in the module's namespace. */
export const HEAPQ_PY = String.raw`
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.'''
    entries = []
    for order, it in enumerate(iterables):
        nxt = iter(it)
        try:
            value = next(nxt)
        except StopIteration:
            continue
        sort_key = value if key is None else key(value)
        entries.append([sort_key, order * (-1 if reverse else 1), value, nxt])
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            pop(entries)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(entries, entry)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    '''Find the n smallest elements in a dataset.'''
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    '''Find the n largest elements in a dataset.'''
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
`;
