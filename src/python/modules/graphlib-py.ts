// The `graphlib` module: TopologicalSorter (add / prepare / get_ready / done / static_order)
// and CycleError, giving CPython 3.11's orders (ready nodes in insertion order, the cycle
// its depth-first search finds first) and messages. Written for pymm.

/** Source of the graphlib module, run in the module's namespace. */
export const GRAPHLIB_PY = String.raw`
'''Topological sorting of a graph of hashable nodes.'''
from types import GenericAlias

__all__ = ['TopologicalSorter', 'CycleError']

_PASSED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    '''The graph has a cycle: args are (message, the nodes of one cycle, first repeated last).'''


class _Info:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0  # then _PASSED_OUT once handed out, _FINISHED once done
        self.successors = []


class TopologicalSorter:
    '''Orders nodes so that each comes after all of its predecessors.'''

    def __init__(self, graph=None):
        self._info = {}
        self._ready = None  # a list once prepare() has run
        self._handed_out = 0
        self._finished = 0
        if graph:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _entry(self, node):
        found = self._info.get(node)
        if found is None:
            found = self._info[node] = _Info(node)
        return found

    def add(self, node, *predecessors):
        '''Adds node, and an edge from each predecessor to it.'''
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        entry = self._entry(node)
        entry.npredecessors += len(predecessors)
        for p in predecessors:
            self._entry(p).successors.append(node)

    def prepare(self):
        '''Marks the graph finished; raises CycleError if it has a cycle.'''
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [e.node for e in self._info.values() if e.npredecessors == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def get_ready(self):
        '''The nodes whose predecessors are all done, as a tuple (each handed out once).'''
        self._check_prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._info[node].npredecessors = _PASSED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        '''True while nodes remain to be handed out or marked done.'''
        self._check_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        '''Marks nodes (handed out by get_ready) processed, readying their successors.'''
        self._check_prepared()
        for node in nodes:
            entry = self._info.get(node)
            if entry is None:
                raise ValueError(f'node {node!r} was not added using add()')
            state = entry.npredecessors
            if state >= 0:
                raise ValueError(f'node {node!r} was not passed out (still not ready)')
            if state == _FINISHED:
                raise ValueError(f'node {node!r} was already marked done')
            entry.npredecessors = _FINISHED
            for succ in entry.successors:
                s = self._info[succ]
                s.npredecessors -= 1
                if s.npredecessors == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _cycle(self):
        # Depth-first from each node in insertion order, following successors in the
        # order their edges were added; the first back edge closes the cycle reported.
        visited = set()
        path = []
        cursors = []
        on_path = {}
        for start in self._info:
            if start in visited:
                continue
            node = start
            while True:
                if node not in visited:
                    visited.add(node)
                    on_path[node] = len(path)
                    path.append(node)
                    cursors.append(iter(self._info[node].successors))
                elif node in on_path:
                    return path[on_path[node]:] + [node]
                following = _END
                while path:
                    following = next(cursors[-1], _END)
                    if following is not _END:
                        break
                    del on_path[path.pop()]
                    cursors.pop()
                if following is _END:
                    break
                node = following
        return None

    def static_order(self):
        '''Every node, in an order that respects the edges (a generator; prepares the graph).'''
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
`;
