// The traces of _tracemalloc (Modules/_tracemalloc.c): for every live traced block, its size
// and the traceback where it was allocated, plus the interned filenames, frames and
// tracebacks they point at, and the traced memory with its peak.
//
// Everything lives in JS, outside the Python heap, so that recording an allocation never
// allocates in the heap (CPython keeps its tables in raw malloc memory for the same reason).
// Tracebacks are interned in a trie keyed by frame ids, most recent frame first, then by
// total_nframe; frames are interned by (filename, lineno). get_tracemalloc_memory() is
// answered with the sizes CPython's three hash tables would have for the same entries.

/** Filename of a frame whose code is unknown (no Python frame was running). */
export const UNKNOWN_FILENAME = '<unknown>';
/** Largest traceback limit start() accepts, and the cap of total_nframe: UINT16_MAX. */
export const MAX_NFRAME = 65535;
/** The traceback of allocations made while no Python frame runs: (('<unknown>', 0),), total 1. */
export const EMPTY_TRACEBACK = 0;

// _Py_hashtable_t (Python/hashtable.c): 16 buckets at least, grown past half full and shrunk
// under a tenth full to round_size(entries × 2 / 0.6); 80 bytes of header, a pointer per
// bucket and a 32-byte entry per item (_Py_hashtable_size()).
const HASHTABLE_MIN_SIZE = 16;
const HASHTABLE_HIGH = 0.5;
const HASHTABLE_LOW = 0.1;
const HASHTABLE_HEADER = 80;
const HASHTABLE_ENTRY = 32;

/** The size CPython's _Py_hashtable_t would have for the same insertions and removals. */
export class HashtableShape {
  entries = 0;
  buckets = HASHTABLE_MIN_SIZE;

  /** An entry was added (_Py_hashtable_set). */
  added(): void {
    this.entries++;
    if (this.entries / this.buckets > HASHTABLE_HIGH) this.rehash();
  }

  /** An entry was removed (_Py_hashtable_steal). */
  removed(): void {
    this.entries--;
    if (this.entries / this.buckets < HASHTABLE_LOW) this.rehash();
  }

  /** Every entry was removed (_Py_hashtable_clear). */
  cleared(): void {
    this.entries = 0;
    this.rehash();
  }

  /** _Py_hashtable_size(). */
  bytes(): number {
    return HASHTABLE_HEADER + this.buckets * 8 + this.entries * HASHTABLE_ENTRY;
  }

  private rehash(): void {
    const wanted = Math.floor((this.entries * 2) / (HASHTABLE_LOW + HASHTABLE_HIGH));
    let size = HASHTABLE_MIN_SIZE;
    while (size < wanted) size *= 2;
    this.buckets = size;
  }
}

/** A node of the traceback trie: the tracebacks that start with the frames on its path. */
interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Traceback id by total_nframe, for tracebacks ending here. */
  byTotal: Map<number, number> | null;
}

/** The contents of the traces table at one moment, as take_snapshot() copies it. */
export interface TracesCopy {
  sizes: number[];
  tracebacks: number[];
}

/** The traces, interned tracebacks and traced-memory counters of one tracemalloc. */
export class TraceTable {
  /** Interned filenames, by id. */
  readonly filenames: string[] = [];
  private readonly filenameIds = new Map<string, number>();
  /** Frames by id: filename id and line number. */
  private frameFile: number[] = [];
  private frameLine: number[] = [];
  private readonly frameIds = new Map<number, number>();
  /** Tracebacks by id: frame ids (most recent first) and total_nframe. */
  private tbFrames: number[][] = [];
  private tbTotal: number[] = [];
  private root: TrieNode = { next: null, byTotal: null };
  /** Live traces: block address → slot; a slot's size and traceback in the arrays below. */
  private readonly slots = new Map<number, number>();
  private slotSize = new Float64Array(1024);
  private slotTb = new Int32Array(1024);
  private freeSlots: number[] = [];
  private nextSlot = 0;
  /** Bytes in traced blocks: tracemalloc_traced_memory. */
  traced = 0;
  /** Largest `traced` since the last clear or reset_peak: tracemalloc_peak_traced_memory. */
  peak = 0;
  private readonly tracesShape = new HashtableShape();
  private readonly tracebacksShape = new HashtableShape();
  private readonly filenamesShape = new HashtableShape();
  /** Bumped by clear(): frame ids cached by callers are stale when it changes. */
  generation = 0;

  constructor() {
    this.internEmpty();
  }

  /** Number of live traces. */
  get count(): number {
    return this.slots.size;
  }

  /** The id of frame (filename, lineno), interning both. */
  internFrame(filename: string, lineno: number): number {
    let file = this.filenameIds.get(filename);
    if (file === undefined) {
      file = this.filenames.length;
      this.filenames.push(filename);
      this.filenameIds.set(filename, file);
      this.filenamesShape.added();
    }
    const line = Math.max(lineno, 0);
    const key = file * 2 ** 32 + line;
    let id = this.frameIds.get(key);
    if (id === undefined) {
      id = this.frameFile.length;
      this.frameFile.push(file);
      this.frameLine.push(line);
      this.frameIds.set(key, id);
    }
    return id;
  }

  /** The id of the traceback of `frames[0..n)` (most recent first) with `total` frames in all. */
  internTraceback(frames: ArrayLike<number>, n: number, total: number): number {
    let node = this.root;
    for (let i = 0; i < n; i++) {
      let next = node.next;
      if (next === null) next = node.next = new Map();
      let child = next.get(frames[i]);
      if (child === undefined) {
        child = { next: null, byTotal: null };
        next.set(frames[i], child);
      }
      node = child;
    }
    let byTotal = node.byTotal;
    if (byTotal === null) byTotal = node.byTotal = new Map();
    let id = byTotal.get(total);
    if (id === undefined) {
      id = this.tbTotal.length;
      this.tbFrames.push(Array.from({ length: n }, (_, i) => frames[i]));
      this.tbTotal.push(total);
      byTotal.set(total, id);
      this.tracebacksShape.added();
    }
    return id;
  }

  /** Frame ids of traceback `tb`, most recent first. */
  tracebackFrames(tb: number): readonly number[] {
    return this.tbFrames[tb];
  }

  /** total_nframe of traceback `tb`. */
  tracebackTotal(tb: number): number {
    return this.tbTotal[tb];
  }

  /** Filename id of frame `frame`. */
  frameFilename(frame: number): number {
    return this.frameFile[frame];
  }

  /** Line number of frame `frame`. */
  frameLineno(frame: number): number {
    return this.frameLine[frame];
  }

  /** Records the block at `ptr` (tracemalloc_add_trace): a trace already there is updated. */
  add(ptr: number, size: number, tb: number): void {
    let slot = this.slots.get(ptr);
    if (slot === undefined) {
      slot = this.freeSlots.length > 0 ? (this.freeSlots.pop() as number) : this.newSlot();
      this.slots.set(ptr, slot);
      this.tracesShape.added();
    } else {
      this.traced -= this.slotSize[slot];
    }
    this.slotSize[slot] = size;
    this.slotTb[slot] = tb;
    this.traced += size;
    if (this.traced > this.peak) this.peak = this.traced;
  }

  /** Forgets the block at `ptr`, if it is traced (tracemalloc_remove_trace). */
  remove(ptr: number): void {
    const slot = this.slots.get(ptr);
    if (slot === undefined) return;
    this.slots.delete(ptr);
    this.traced -= this.slotSize[slot];
    this.freeSlots.push(slot);
    this.tracesShape.removed();
  }

  /** Gives the traced block at `ptr` the traceback `tb` (an object reused from a free list). */
  retrace(ptr: number, tb: number): void {
    const slot = this.slots.get(ptr);
    if (slot !== undefined) this.slotTb[slot] = tb;
  }

  /** The traceback id of the block at `ptr`, or -1 if it is not traced. */
  tracebackOf(ptr: number): number {
    const slot = this.slots.get(ptr);
    return slot === undefined ? -1 : this.slotTb[slot];
  }

  /** Forgets every trace, traceback, frame and filename; traced and peak become 0 (tracemalloc_clear_traces). */
  clear(): void {
    this.slots.clear();
    this.freeSlots = [];
    this.nextSlot = 0;
    this.slotSize = new Float64Array(1024);
    this.slotTb = new Int32Array(1024);
    this.traced = 0;
    this.peak = 0;
    this.filenames.length = 0;
    this.filenameIds.clear();
    this.frameFile = [];
    this.frameLine = [];
    this.frameIds.clear();
    this.tbFrames = [];
    this.tbTotal = [];
    this.root = { next: null, byTotal: null };
    this.tracesShape.cleared();
    this.tracebacksShape.cleared();
    this.filenamesShape.cleared();
    this.generation++;
    this.internEmpty();
  }

  /** A copy of every live trace's size and traceback (tracemalloc_copy_traces). */
  copy(): TracesCopy {
    const sizes: number[] = [];
    const tracebacks: number[] = [];
    for (const slot of this.slots.values()) {
      sizes.push(this.slotSize[slot]);
      tracebacks.push(this.slotTb[slot]);
    }
    return { sizes, tracebacks };
  }

  /** get_tracemalloc_memory(): what CPython's traces, tracebacks and filenames tables would take. */
  memoryUsage(): number {
    return this.tracesShape.bytes() + this.tracebacksShape.bytes() + this.filenamesShape.bytes();
  }

  // The empty traceback is traceback 0 and frame 0; like CPython's static
  // tracemalloc_empty_traceback, it is not counted in the tables' sizes.
  private internEmpty(): void {
    this.filenames.push(UNKNOWN_FILENAME);
    this.filenameIds.set(UNKNOWN_FILENAME, 0);
    this.frameFile.push(0);
    this.frameLine.push(0);
    this.frameIds.set(0, 0);
    this.tbFrames.push([0]);
    this.tbTotal.push(1);
  }

  private newSlot(): number {
    const slot = this.nextSlot++;
    if (slot === this.slotSize.length) {
      const size = new Float64Array(slot * 2);
      size.set(this.slotSize);
      this.slotSize = size;
      const tb = new Int32Array(slot * 2);
      tb.set(this.slotTb);
      this.slotTb = tb;
    }
    return slot;
  }
}
