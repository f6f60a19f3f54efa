// The Python half of tracemalloc, over the native _tracemalloc: Snapshot (statistics,
// compare_to, filter_traces), Statistic, StatisticDiff, Frame, Traceback, Trace, Filter and
// DomainFilter, with the behaviour of CPython 3.11's module (same reprs and str formats,
// sort orders and errors). It runs in the module's namespace, where init put `_fnmatch`
// (fnmatch.fnmatch); source lines come from linecache.getline, as in CPython.
// https://docs.python.org/3.11/library/tracemalloc.html

/** Source of the pure-Python part of tracemalloc, run in the module's namespace. */
export const TRACEMALLOC_PY = String.raw`
from _collections_abc import Iterable as _Iterable, Sequence as _Sequence
import _tracemalloc
import linecache
from _tracemalloc import *

_get_object_traceback = _tracemalloc._get_object_traceback
_get_traces = _tracemalloc._get_traces

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')
_KEY_TYPES = ('traceback', 'filename', 'lineno')


def _format_size(nbytes, sign):
    # Whole bytes below 10 KiB; above, the first unit that brings the number under
    # 10240 (TiB at most), shown with one decimal while it is under 100.
    scaled = nbytes
    for unit in _UNITS:
        magnitude = abs(scaled)
        if unit != 'B' and magnitude < 100:
            decimals = 1
            break
        if magnitude < 10240 or unit == 'TiB':
            decimals = 0
            break
        scaled /= 1024
    spec = ('+' if sign else '') + '.%df' % decimals
    return '%s %s' % (format(scaled, spec), unit)


def _average(stat):
    # The ', average=...' tail of a statistic's str(), empty for no blocks.
    if not stat.count:
        return ''
    return ', average=' + _format_size(stat.size / stat.count, False)


class _Record:
    # Equality and hashing over the values of the slots named in _fields, for objects
    # of the class named by _kin.
    __slots__ = ()

    def _values(self):
        return tuple([getattr(self, name) for name in self._fields])

    def __eq__(self, other):
        if not isinstance(other, self._kin):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self):
        return hash(self._values())


class Statistic(_Record):
    """Size and number of the memory blocks allocated at one traceback (or line, or file)."""

    __slots__ = _fields = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def __str__(self):
        return '%s: size=%s, count=%i%s' % (
            self.traceback, _format_size(self.size, False), self.count, _average(self))

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % self._values()


class StatisticDiff(_Record):
    """A Statistic of a new snapshot with its change in size and count since an old one."""

    __slots__ = _fields = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback, self.size, self.count = traceback, size, count
        self.size_diff, self.count_diff = size_diff, count_diff

    def __str__(self):
        return '%s: size=%s (%s), count=%i (%+i)%s' % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff, _average(self))

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % self._values()


Statistic._kin = Statistic
StatisticDiff._kin = StatisticDiff


class _Ordered:
    # Comparisons and hashing over _key(), against objects of the class named by _kin;
    # anything else gives NotImplemented.
    __slots__ = ()

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, self._kin) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, self._kin) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, self._kin) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, self._kin) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, self._kin) else NotImplemented

    def __hash__(self):
        return hash(self._key())


class Frame(_Ordered):
    """One frame of a traceback: a file name and a line number."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        # frame is (filename, lineno), as _tracemalloc gives it.
        self._frame = frame

    def _key(self):
        return self._frame

    filename = property(lambda self: self._frame[0])
    lineno = property(lambda self: self._frame[1])

    def __str__(self):
        return '%s:%s' % (self.filename, self.lineno)

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % (self.filename, self.lineno)


class Traceback(_Ordered, _Sequence):
    """The frames where a block was allocated, as a sequence of Frame objects from the
    oldest call to the most recent one."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc lists the most recent frame first.
        self._frames, self._total_nframe = tuple(frames)[::-1], total_nframe

    def _key(self):
        return self._frames

    total_nframe = property(lambda self: self._total_nframe)

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, at):
        picked = self._frames[at]
        if type(at) is slice:
            return tuple([Frame(pair) for pair in picked])
        return Frame(picked)

    def __contains__(self, item):
        return item._frame in self._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        total = self._total_nframe
        tail = '' if total is None else ' total_nframe=%s' % (total,)
        return '<Traceback %s%s>' % (tuple(self), tail)

    def format(self, limit=None, most_recent_first=False):
        """Lines in the style of a Python traceback: a 'File ..., line ...' line per frame,
        each followed by its source line when known. A positive limit keeps the most
        recent frames, a negative one the oldest."""
        chosen = self
        if limit is not None:
            chosen = self[-limit:] if limit > 0 else self[:limit]
        if most_recent_first:
            chosen = reversed(chosen)
        out = []
        for frame in chosen:
            out.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = linecache.getline(frame.filename, frame.lineno).strip()
            if source:
                out.append('    ' + source)
        return out


Frame._kin = Frame
Traceback._kin = Traceback


def get_object_traceback(obj):
    """The Traceback where obj's memory block was allocated, or None when tracemalloc
    did not trace it (or is not tracing)."""
    raw = _get_object_traceback(obj)
    return None if raw is None else Traceback(raw)


class Trace:
    """One traced memory block: its domain, size and Traceback."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        # trace is (domain, size, frames, total_nframe), as _tracemalloc gives it.
        self._trace = trace

    domain = property(lambda self: self._trace[0])
    size = property(lambda self: self._trace[1])
    traceback = property(lambda self: Traceback(self._trace[2], self._trace[3]))

    def __eq__(self, other):
        return self._trace == other._trace if isinstance(other, Trace) else NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return '%s: %s' % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return '<Trace domain=%s size=%s, traceback=%r>' % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces(_Sequence):
    # A snapshot's traces: a sequence of Trace objects over the raw tuples.

    def __init__(self, raw):
        self._traces = raw

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, at):
        picked = self._traces[at]
        if type(at) is slice:
            return tuple([Trace(one) for one in picked])
        return Trace(picked)

    def __contains__(self, item):
        return item._trace in self._traces

    def __eq__(self, other):
        return self._traces == other._traces if isinstance(other, _Traces) else NotImplemented

    def __repr__(self):
        return '<Traces len=%s>' % len(self)


def _plain_name(name):
    # os.path.normcase is the identity on POSIX but checks the type; a .pyc names its .py.
    if not isinstance(name, (str, bytes)):
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(name).__name__)
    return name[:-1] if name.endswith('.pyc') else name


class BaseFilter:
    """Base of Filter and DomainFilter: inclusive says whether matching traces are kept
    (True) or dropped (False)."""

    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Selects traces by the file name (an fnmatch pattern) and optionally the line of
    their most recent frame (of any frame with all_frames) and by domain."""

    def __init__(self, inclusive, filename_pattern,
                 lineno=None, all_frames=False, domain=None):
        BaseFilter.__init__(self, inclusive)
        self._filename_pattern = _plain_name(filename_pattern)
        self.lineno, self.all_frames, self.domain = lineno, all_frames, domain

    filename_pattern = property(lambda self: self._filename_pattern)

    def _match_frame_impl(self, filename, lineno):
        # Does (filename, lineno) fit the pattern and line, whatever 'inclusive' says?
        if not _fnmatch(_plain_name(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if self.all_frames:
            if any(self._match_frame_impl(filename, lineno)
                   for filename, lineno in traceback):
                return self.inclusive
            return not self.inclusive
        filename, lineno = traceback[0]
        return self._match_frame(filename, lineno)

    def _match(self, trace):
        domain, _, traceback, _ = trace
        res = self._match_traceback(traceback)
        if self.domain is not None:
            if self.inclusive:
                return res and domain == self.domain
            return res or domain != self.domain
        return res


class DomainFilter(BaseFilter):
    """Selects traces by their address space (domain)."""

    def __init__(self, inclusive, domain):
        BaseFilter.__init__(self, inclusive)
        self._domain = domain

    domain = property(lambda self: self._domain)

    def _match(self, trace):
        return (trace[0] == self._domain) == bool(self.inclusive)


def _grouping_key(key_type, frames):
    # The traceback a block's frames count under when grouping by key_type.
    if key_type == 'lineno':
        return Traceback(frames[:1])
    if key_type == 'filename':
        return Traceback(((frames[0][0], 0),))
    return Traceback(frames)


class Snapshot:
    """The traces of the memory blocks allocated by Python at one moment."""

    def __init__(self, traces, traceback_limit):
        # traces: (domain, size, frames, total_nframe) tuples, as _tracemalloc gives them.
        self.traces, self.traceback_limit = _Traces(traces), traceback_limit

    def dump(self, filename):
        """Write the snapshot into a file (pickled)."""
        import pickle
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """Load a snapshot from a file written by dump()."""
        import pickle
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    def filter_traces(self, filters):
        """A new Snapshot with the traces every exclusive filter keeps and, if there are
        inclusive filters, at least one of them keeps; an empty list copies them all."""
        if not isinstance(filters, _Iterable):
            raise TypeError('filters must be a list of filters, not '
                            + type(filters).__name__)
        raw = self.traces._traces
        if not filters:
            return Snapshot(raw.copy(), self.traceback_limit)
        keep = []
        drop = []
        for f in filters:
            (keep if f.inclusive else drop).append(f)
        kept = [trace for trace in raw
                if (not keep or any(f._match(trace) for f in keep))
                and all(f._match(trace) for f in drop)]
        return Snapshot(kept, self.traceback_limit)

    def _grouped(self, key_type, cumulative):
        if key_type not in _KEY_TYPES:
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type == 'traceback':
            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)
        groups = {}
        # One Traceback object per distinct key, reused for every block under it.
        made = {}

        def add(key, size):
            stat = groups.get(key)
            if stat is None:
                groups[key] = Statistic(key, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for _, size, frames, _ in self.traces._traces:
            if not cumulative:
                key = made.get(frames)
                if key is None:
                    key = made[frames] = _grouping_key(key_type, frames)
                add(key, size)
                continue
            # Cumulative: the block counts once for every frame of its traceback.
            for frame in frames:
                key = made.get(frame)
                if key is None:
                    key = made[frame] = _grouping_key(key_type, (frame,))
                add(key, size)
        return groups

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by 'lineno', 'filename' or 'traceback', biggest first;
        with cumulative, every frame of a traceback counts its blocks, not just the most
        recent one."""
        stats = list(self._grouped(key_type, cumulative).values())
        stats.sort(key=lambda s: (s.size, s.count, s.traceback), reverse=True)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects from old_snapshot to this one, grouped as statistics()
        groups them, biggest change first."""
        now = self._grouped(key_type, cumulative)
        before = old_snapshot._grouped(key_type, cumulative)
        diffs = []
        for key, stat in now.items():
            old = before.pop(key, None)
            old_size, old_count = (0, 0) if old is None else (old.size, old.count)
            diffs.append(StatisticDiff(key, stat.size, stat.size - old_size,
                                       stat.count, stat.count - old_count))
        for key, stat in before.items():
            # Gone since the old snapshot.
            diffs.append(StatisticDiff(key, 0, -stat.size, 0, -stat.count))
        diffs.sort(key=lambda d: (abs(d.size_diff), d.size, abs(d.count_diff), d.count,
                                  d.traceback), reverse=True)
        return diffs


def take_snapshot():
    """A Snapshot of the blocks traced now; tracemalloc must be tracing."""
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory '
                           'allocations to take a snapshot')
    return Snapshot(_get_traces(), get_traceback_limit())
`;
