// JS text for one code unit: lines, indentation, temporaries and constant tables.
//
// A temporary (`t0`, `t1`, …) holds an owned reference or 0. Temporaries are reused once
// released; the function's final cleanup decrefs any that an exception left set, and an
// `except` handler clears those allocated inside its `try` body.

import type { ConstantValue } from './node.js';

/**
 * Py_DECREF of the reference in JS variable `v` (never 0) written out: the decrement inline,
 * the dealloc (or, in checked mode, where `$.deallocBelow` is 2^31, the checker) a call.
 * A `$.decref(v)` call is not inlined by V8 once a large function's inlining budget is spent.
 */
export function inlineDecref(v: string): string {
  return `if (--$.i32[${v} >>> 2] < $.deallocBelow) $.dealloc(${v});`;
}

/** Builds the JS source of one code unit. */
// An output line that only stores the current position.
const POSITION_STORE = /^\s*\$\.L\[\$d\] = \d+;$/;

export class Emitter {
  private readonly out: string[] = [];
  private depth = 2;
  private readonly free: number[] = [];
  /** Number of temporaries ever used (t0 … tN-1). */
  tempCount = 0;
  private readonly live = new Set<number>();
  readonly consts: ConstantValue[] = [];
  private readonly constKeys = new Map<string, number>();
  /** Indexes in `consts` of the source's own constants: those CPython's AST arena also holds. */
  readonly sourceConsts = new Set<number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private labelCount = 0;
  /** Number of LOAD_GLOBAL inline caches (4 numbers each in the code's `G` array). */
  globalSites = 0;
  /** Number of attribute inline caches (3 numbers each in the code's `A` array; see vm/attrcache.ts). */
  attrSites = 0;
  /** Call sites with a plain-function cache (`FC`, `FF`). */
  callSites = 0;
  methodSites = 0;
  /** Keyword-name lists of the calls with keywords, by site (`KW[i]`, made once per code). */
  private readonly kwSites: string[] = [];
  /** Source positions: [lineno, end_lineno, col, end_col] per entry; entry 0 is the code's first line. */
  readonly positions: number[] = [0, 0, -1, -1];
  private readonly positionIndex = new Map<string, number>();
  /** Pending cleanup snapshots, filled in once the number of temps is known. */
  private readonly snapshots: Set<number>[] = [];
  /**
   * -1 for a plain function, whose temporaries are JS variables (`t0` …). In a generator
   * (see genframe.ts) a temporary that is live at a `yield` is a slot of the frame array
   * instead (`F[frameBase + k]`, after the fast locals), so that what a suspended generator
   * holds on its value stack is visible to the collector; the others stay JS variables
   * (`$t0` … while emitting; `finish` renames the frame ones).
   */
  frameBase = -1;
  /** A generator's temporaries that are live at some `yield`, with their frame slots once `finish` ran. */
  private readonly frameTemps = new Map<number, number>();

  /** Appends one line at the current indentation. */
  line(text: string): void {
    this.out.push(`${'  '.repeat(this.depth)}${text}`);
  }

  /**
   * Emits a store of the current position (`$.L[$d] = N;`); one that the previous line made,
   * with nothing run in between, is dead and replaced.
   */
  positionLine(text: string): void {
    const last = this.out.length - 1;
    if (last >= 0 && POSITION_STORE.test(this.out[last])) this.out.pop();
    this.line(text);
  }

  /** For each open block, whether it is a JS `try` (its catch and finally included). */
  private readonly blocks: boolean[] = [];
  /** How many JS `try` statements enclose the current line (see FunctionCompiler.localRaise). */
  tryDepth = 0;

  /** Opens a block: the line (ending in `{`) and one more level of indentation. */
  open(text: string): void {
    this.line(text);
    this.depth++;
    const isTry = /^(\w+: )?try \{$/.test(text);
    this.blocks.push(isTry);
    if (isTry) this.tryDepth++;
  }

  /** Continues a block (`} else {`): one level out for the line, then back in. */
  middle(text: string): void {
    this.depth--;
    this.line(text);
    this.depth++;
  }

  /** Closes a block with `text` (default `}`). */
  close(text = '}'): void {
    this.depth--;
    this.line(text);
    if (this.blocks.pop()) this.tryDepth--;
  }

  /** A fresh temporary name. */
  temp(): string {
    const n = this.free.length > 0 ? (this.free.pop() as number) : this.tempCount++;
    this.live.add(n);
    return this.tempName(n);
  }

  /** The JS name of temporary number `n` (in a generator, before `finish` renames it). */
  private tempName(n: number): string {
    return this.frameBase < 0 ? `t${n}` : `$t${n}`;
  }

  /** A generator suspends here: every live temporary must be a frame slot. */
  suspension(): void {
    for (const n of this.live) this.frameTemps.set(n, -1);
  }

  /** Slots of the frame array a generator's temporaries take (after `finish`). */
  get frameTempCount(): number {
    return this.frameTemps.size;
  }

  /** Marks `t` as released (its value was consumed or decref'd; the code set it to 0). */
  done(t: string): void {
    const n = Number(t.slice(this.frameBase < 0 ? 1 : 2));
    this.live.delete(n);
    this.free.push(n);
  }

  /** Emits the decref of `t` and releases it. */
  release(t: string): void {
    this.line(`${inlineDecref(t)} ${t} = 0;`);
    this.done(t);
  }

  /** Moves the reference out of `t` (for a consumer that steals it): returns a JS expression. */
  take(t: string): string {
    this.done(t);
    return `(${t} + (${t} = 0))`;
  }

  /** A marker for "clear every temporary not live now"; resolved by `finish`. */
  cleanupMarker(): string {
    this.snapshots.push(new Set(this.live));
    return `/*CLEANUP:${this.snapshots.length - 1}*/`;
  }

  /** Index of `node`'s position in the positions table. */
  position(node: {
    lineno?: number;
    end_lineno?: number;
    col_offset?: number;
    end_col_offset?: number;
  }): number {
    const p = [
      node.lineno ?? 0,
      node.end_lineno ?? node.lineno ?? 0,
      node.col_offset ?? -1,
      node.end_col_offset ?? -1,
    ];
    const key = p.join(',');
    let i = this.positionIndex.get(key);
    if (i === undefined) {
      i = this.positions.length / 4;
      this.positions.push(...p);
      this.positionIndex.set(key, i);
    }
    return i;
  }

  /** Index in `G` of a fresh LOAD_GLOBAL cache entry. */
  globalSite(): number {
    return 6 * this.globalSites++;
  }

  /** Index in `M` of a fresh method-call cache entry (a built-in type and its native method). */
  methodSite(): number {
    return 2 * this.methodSites++;
  }

  /** Index in `FC` and `FF` of a fresh call-site cache entry (a plain function's code and its JS function). */
  callSite(): number {
    return this.callSites++;
  }

  /** Index in `KW` of the (shared, frozen) array of keyword names `names` (indexes in N). */
  kwSite(names: number[]): number {
    const key = names.join(', ');
    const i = this.kwSites.indexOf(key);
    if (i >= 0) return i;
    this.kwSites.push(key);
    return this.kwSites.length - 1;
  }

  /** Index in `A` of a fresh attribute cache entry. */
  attrSite(): number {
    return 3 * this.attrSites++;
  }

  /**
   * The inline caches of the code's sites, shared by every call of this code: LOAD_GLOBAL's
   * (`G`), the attribute loads' and stores' (`A`), the method calls' (`M`) and the plain calls' (`FC`,
   * `FF`). Lines for the JS factory, before the function.
   */
  cacheDeclarations(): string[] {
    const lines: string[] = [];
    if (this.globalSites > 0) {
      // LOAD_GLOBAL's entries (globalsites.ts), and what the inline hit test reads.
      lines.push(`const G = new Float64Array(${6 * this.globalSites});`);
      lines.push('const [GV, GIN] = $.globalSiteLayout();');
    }
    if (this.attrSites > 0) lines.push(`const A = new Float64Array(${3 * this.attrSites});`);
    if (this.methodSites > 0) lines.push(`const M = new Array(${2 * this.methodSites}).fill(0);`);
    if (this.callSites > 0) {
      // The function type (as the heap's i32 view reads it), and per call site the code
      // index (-1: none yet) of the plain function it last called and that code's JS function.
      lines.push('const [FT, FTW, FCW] = $.callSiteLayout();');
      lines.push(`const FC = new Int32Array(${this.callSites}).fill(-1);`);
      lines.push(`const FF = new Array(${this.callSites}).fill(null);`);
    }
    if (this.kwSites.length > 0) {
      const lists = this.kwSites.map((k) => {
        const indexes = k.split(', ').map(Number);
        const ptrs = indexes.map((i) => `N[${i}]`).join(', ');
        return `$.kwNames([${ptrs}], ${JSON.stringify(indexes.map((i) => this.names[i]))})`;
      });
      lines.push(`const KW = [${lists.join(', ')}];`);
    }
    return lines;
  }

  /** A unique JS label. */
  label(prefix: string): string {
    return `${prefix}${this.labelCount++}`;
  }

  /**
   * Index of a constant in K. `synthetic`: made by the compiler itself (a list display's
   * tuple, a defaults tuple…), not a literal or a folded value of the source (see sourceConsts).
   */
  constant(value: ConstantValue, synthetic = false): number {
    const key = constKey(value);
    let i = this.constKeys.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(value);
      this.constKeys.set(key, i);
    }
    if (!synthetic) this.sourceConsts.add(i);
    return i;
  }

  /** Index of a name in N. */
  name(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  /** The body text with cleanup markers resolved (and a generator's frame temporaries renamed). */
  finish(): string {
    const text = this.resolveCleanups(this.out.join('\n'));
    if (this.frameBase < 0) return text;
    [...this.frameTemps.keys()]
      .sort((a, b) => a - b)
      .forEach((n, k) => {
        this.frameTemps.set(n, this.frameBase + k);
      });
    return text.replace(/\$t(\d+)\b/g, (name, n) => {
      const slot = this.frameTemps.get(Number(n));
      return slot === undefined ? name : `F[${slot}]`;
    });
  }

  // Each "clear every temporary not live now" marker becomes its decrefs, the most recent
  // temporary first, as unwinding pops CPython's value stack from the top.
  private resolveCleanups(text: string): string {
    return text.replace(/\/\*CLEANUP:(\d+)\*\//g, (_, k) => {
      const keep = this.snapshots[Number(k)];
      const parts: string[] = [];
      for (let i = this.tempCount - 1; i >= 0; i--) {
        const t = this.tempName(i);
        if (!keep.has(i)) parts.push(`if (${t} !== 0) { $.decref(${t}); ${t} = 0; }`);
      }
      return parts.join(' ');
    });
  }

  // The temporaries that are JS variables (all of a plain function's).
  private jsTemps(): string[] {
    const names: string[] = [];
    for (let i = 0; i < this.tempCount; i++) if (!this.frameTemps.has(i)) names.push(this.tempName(i));
    return names;
  }

  /** `let t0 = 0, t1 = 0, …;` for the function prologue (after `finish`). */
  tempDeclarations(): string {
    const names = this.jsTemps();
    if (names.length === 0) return '';
    return `let ${names.map((t) => `${t} = 0`).join(', ')};`;
  }

  /** Statements decref'ing every temporary still set, most recent first (the function's final cleanup; after `finish`). */
  tempCleanup(): string {
    return this.jsTemps()
      .reverse()
      .map((t) => `if (${t} !== 0) $.decref(${t});`)
      .join(' ');
  }
}

/** The constant-cache key of a value (_PyCode_ConstantKey: type and value, -0.0 apart from 0.0). */
export function constKey(v: ConstantValue): string {
  switch (v.tag) {
    case 'None':
    case 'Ellipsis':
      return v.tag;
    case 'bool':
      return `b${v.value}`;
    case 'int':
      return `i${v.value}`;
    case 'float':
      return `f${Object.is(v.value, -0) ? '-0' : v.value}`;
    case 'complex':
      return `c${v.imag}`;
    case 'str':
      return `s${v.value}`;
    case 'bytes':
      return `y${Array.from(v.value).join(',')}`;
    case 'tuple':
      return `t(${v.items.map(constKey).join(';')})`;
    case 'frozenset':
      return `z(${v.items.map(constKey).join(';')})`;
  }
}
