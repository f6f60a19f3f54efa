// The `pymm` module: pymm's own extensions, not in CPython. The collection policies of
// issue 4 for the program itself (a timer, named events, collect-and-retry on MemoryError,
// CPython's threshold rule on or off), and what collecting has cost so far. The CLI's
// `--gc=` option sets the same policies before the program starts.

/** Source of the pymm module, run in the module's namespace. */
export const PYMM_PY = String.raw`
'''pymm's own extensions (not in CPython): when the collector runs, and what it cost.

The collection policies combine. CPython's threshold rule (on by default) collects when
allocations minus deallocations of container objects pass gc.get_threshold(); a timer
collects a generation every N milliseconds of run time; named events collect when the
program calls signal(name); and an opt-in policy answers MemoryError with a full
collection and one retry. gc.collect(), gc.disable() and gc.callbacks work beside them
as in CPython. gc_stats() says how many collections each trigger started and what share
of the run time they took; heap_stats() describes the heap. The command line sets the
same policies before the program starts: pymm run --gc=auto,every:100,on:EVENT,retry.
'''

import _pymm

__all__ = ['collect_every', 'collect_on', 'signal', 'auto_collect', 'retry_on_memory_error',
           'policy', 'gc_stats', 'reset_gc_stats', 'heap_stats']


def _generation(generation):
    if not isinstance(generation, int):
        raise TypeError(f"generation must be an int, not '{type(generation).__name__}'")
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    return int(generation)


def _event(event):
    if not isinstance(event, str):
        raise TypeError(f"event must be a str, not '{type(event).__name__}'")
    return event


def collect_every(ms, generation=2):
    '''Collect generation every ms milliseconds of run time; collect_every(None) stops.

    The clock is read at safe points (loop back-edges and calls), so a collection runs at
    the first safe point after its time has come.
    '''
    if ms is None:
        _pymm.set_timer(None, 0)
        return
    if isinstance(ms, bool) or not isinstance(ms, (int, float)):
        raise TypeError(f"ms must be a number or None, not '{type(ms).__name__}'")
    if not ms > 0 or ms == float('inf'):
        raise ValueError('ms must be a positive, finite number of milliseconds')
    _pymm.set_timer(float(ms), _generation(generation))


def collect_on(event, generation=2):
    '''Make signal(event) collect generation; collect_on(event, None) forgets the event.'''
    _event(event)
    _pymm.set_event(event, None if generation is None else _generation(generation))


def signal(event):
    '''Signal a named event: if collect_on() made a policy for it, collect.

    Returns the number of unreachable objects found (what gc.collect() returns; 0 when a
    collection is already running), or None when no policy listens to the event.
    '''
    found = _pymm.signal(_event(event))
    return None if found < 0 else found


def auto_collect(enabled=None):
    '''Whether CPython's threshold rule collects automatically; with an argument, set it.

    Returns the setting in force before the call. gc.disable() still stops automatic
    collection while this is on, as in CPython.
    '''
    before = _pymm.policy()['auto']
    if enabled is not None:
        _pymm.set_auto(bool(enabled))
    return before


def retry_on_memory_error(enabled=None):
    '''Whether an allocation that finds the heap full first runs a full collection and
    tries once more before MemoryError (off by default, as CPython never does this);
    with an argument, set it. Returns the setting in force before the call.
    '''
    before = _pymm.policy()['retry_on_memory_error']
    if enabled is not None:
        _pymm.set_retry(bool(enabled))
    return before


def policy():
    '''The policies in force: {'auto': bool, 'every': (ms, generation) or None,
    'events': {name: generation}, 'retry_on_memory_error': bool}.'''
    p = _pymm.policy()
    if p['every'] is not None:
        p['every'] = tuple(p['every'])
    return p


def gc_stats():
    '''What collecting has cost since the start (or reset_gc_stats()): collections per
    generation and per trigger ('threshold', 'timer', 'event', 'manual', 'memory'),
    objects examined and collected, total and longest pause and the run time in
    milliseconds, and pause_share, the fraction of the run time spent collecting.'''
    return _pymm.gc_stats()


def reset_gc_stats():
    '''Start gc_stats() afresh: counts, pauses and the run-time clock.'''
    _pymm.reset_gc_stats()


def heap_stats():
    '''The heap now: capacity, bytes in use and reserved (and the peak reserved), arenas
    (current, allocated, reclaimed, highwater), blocks in use and fragmentation.'''
    return _pymm.heap_stats()
`;
