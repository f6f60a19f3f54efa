// __reduce__ and __setstate__ of the built-in iterators (listiter_reduce, rangeiter_reduce,
// dictiter_reduce, …) and __reduce__ of set, frozenset, range and bytearray, which copy.copy,
// copy.deepcopy and pickle's reduce path call on them.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, parseArgs } from './args.js';
import { Interpreter } from './interp.js';
import { SEQ_INDEX, SEQ_SEQ } from './iterators.js';
import type { ReverseNext, ReverseState } from './reversed.js';

declare module './interp.js' {
  interface Interpreter {
    /** Defines the reduce protocol of the built-in iterators, set, frozenset, range and bytearray. */
    initIterReduce(): void;
  }
}

const I = Interpreter.prototype;

/** Where a native iterator holds its first reference (builtins.ts): the reverse iterators' sequence. */
const NATIVE_ITER_SEQ = 16;

I.initIterReduce = function (this: Interpreter): void {
  const space = this.space;
  const rt = space.rt;
  const n = this.n;
  const iterFunc = () => this.ref(n.dictGet(this.builtinsDict, n.intern('iter')));
  const intArg = (op: Ptr): number => {
    // PyLong_AsSsize_t: no __index__ here.
    if (!n.isInt(op)) throw new PyErr('TypeError', 'an integer is required');
    return n.intSafe(op);
  };
  // Sequence iterators: (iter, (seq,), index), or (iter, (empty,)) once exhausted.
  const seqTypes = [
    this.listIterType,
    this.tupleIterType,
    this.seqIterType,
    this.strAsciiIterType,
    this.strIterType,
    this.bytesIterType,
    this.bytearrayIterType,
  ];
  for (const t of seqTypes) {
    this.defMethod(t, '__reduce__', (self, a, k) => {
      argCount('__reduce__', a, k, 0, 0);
      const seq = rt.mem.u32[(self + SEQ_SEQ) >>> 2] as Ptr;
      if (seq === NULL) {
        const empty =
          t === this.listIterType
            ? n.list([])
            : t === this.strIterType || t === this.strAsciiIterType
              ? n.str('')
              : n.tuple([]);
        return n.tuple([iterFunc(), n.tuple([empty])]);
      }
      const index = n.int(rt.mem.f64[(self + SEQ_INDEX) >>> 3]);
      return n.tuple([iterFunc(), n.tuple([this.ref(seq)]), index]);
    });
    this.defMethod(t, '__setstate__', (self, a, k) => {
      argCount('__setstate__', a, k, 1, 1);
      let index = intArg(a[0]);
      const seq = rt.mem.u32[(self + SEQ_SEQ) >>> 2] as Ptr;
      if (seq !== NULL) {
        if (index < 0) index = 0;
        else if (t !== this.seqIterType) {
          const len = O.bytearray_check(space, seq) ? O.bytearray_len(space, seq) : n.size(seq);
          if (index > len) index = len;
        }
        rt.mem.f64[(self + SEQ_INDEX) >>> 3] = index;
      }
      return this.newNone();
    });
  }
  // range_iterator (next value +16, step +24, left +32, first length +40):
  // (iter, (range(start, start + len*step, step),), steps taken).
  const rangeIter = this.rangeIterType;
  const rangeState = (self: Ptr) => {
    const f64 = rt.mem.f64;
    const step = f64[(self + 24) >>> 3];
    const len = f64[(self + 40) >>> 3];
    const taken = len - Math.max(0, f64[(self + 32) >>> 3]);
    return { start: f64[(self + 16) >>> 3] - taken * step, step, len, taken };
  };
  this.defMethod(rangeIter, '__reduce__', (self, a, k) => {
    argCount('__reduce__', a, k, 0, 0);
    const { start, step, len, taken } = rangeState(self);
    const range = this.call(this.ref(this.rangeType), [n.int(start), n.int(start + len * step), n.int(step)]);
    return n.tuple([iterFunc(), n.tuple([range]), n.int(taken)]);
  });
  this.defMethod(rangeIter, '__setstate__', (self, a, k) => {
    argCount('__setstate__', a, k, 1, 1);
    const { start, step, len } = rangeState(self);
    const index = Math.min(Math.max(intArg(a[0]), 0), len);
    rt.mem.f64[(self + 16) >>> 3] = start + index * step;
    rt.mem.f64[(self + 32) >>> 3] = len - index;
    return this.newNone();
  });
  // dict and set iterators: (iter, (list of what is left,)).
  for (const t of [this.dictIterType, this.dictValueIterType, this.dictItemIterType, this.setIterType]) {
    this.defMethod(t, '__reduce__', (self, a, k) => {
      argCount('__reduce__', a, k, 0, 0);
      const c = rt.mem.u32[(self + 16) >>> 2] as Ptr;
      const rest: Ptr[] = [];
      let pos = rt.mem.u32[(self + 32) >>> 2];
      const kind = rt.mem.u32[(self + 40) >>> 2];
      while (c !== NULL) {
        if (t === this.setIterType) {
          const e = n.setNext(c, pos);
          if (e === null) break;
          rest.push(this.ref(e[0]));
          pos = e[1];
        } else {
          const e = n.dictNext(c, pos);
          if (e === null) break;
          rest.push(
            kind === 0
              ? this.ref(e[0])
              : kind === 1
                ? this.ref(e[1])
                : n.tuple([this.ref(e[0]), this.ref(e[1])]),
          );
          pos = e[2];
        }
      }
      return n.tuple([iterFunc(), n.tuple([n.list(rest)])]);
    });
  }
  // The reverse iterators (listreviter_reduce, reversed_reduce, dictiter_reduce): (reversed
  // or the iterator's type, (seq,), index) while the sequence is held, else an empty one's
  // iterator; a dict's, (iter, (list of what is left,)). Their state is on their closure.
  const reverseState = (self: Ptr): ReverseState =>
    (this.nativeIterState.get(self) as ReverseNext | undefined)?.reverse ?? {};
  const reversedBuiltin = () => this.ref(n.dictGet(this.builtinsDict, n.intern('reversed')));
  for (const name of ['list_reverseiterator', 'reversed']) {
    const t = this.nativeIterTypes.get(name) ?? this.nativeIterType(name, true);
    const isList = name === 'list_reverseiterator';
    this.defMethod(t, '__reduce__', (self, a, k) => {
      argCount('__reduce__', a, k, 0, 0);
      const seq = rt.mem.u32[(self + NATIVE_ITER_SEQ) >>> 2] as Ptr;
      const head = isList ? (seq === NULL ? iterFunc() : reversedBuiltin()) : this.ref(rt.typeObject(self));
      if (seq === NULL) return n.tuple([head, n.tuple([isList ? n.list([]) : n.tuple([])])]);
      const index = reverseState(self).index?.() ?? -1;
      return n.tuple([head, n.tuple([this.ref(seq)]), n.int(index)]);
    });
    this.defMethod(t, '__setstate__', (self, a, k) => {
      argCount('__setstate__', a, k, 1, 1);
      let index = intArg(a[0]);
      const seq = rt.mem.u32[(self + NATIVE_ITER_SEQ) >>> 2] as Ptr;
      const state = reverseState(self);
      if (seq !== NULL && state.setIndex !== undefined) {
        const last = this.len(seq) - 1;
        if (index < -1) index = -1;
        else if (index > last) index = last;
        state.setIndex(index);
      }
      return this.newNone();
    });
  }
  for (const name of ['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator']) {
    const t = this.nativeIterTypes.get(name) ?? this.nativeIterType(name, true);
    this.defMethod(t, '__reduce__', (self, a, k) => {
      argCount('__reduce__', a, k, 0, 0);
      const rest = reverseState(self).rest?.() ?? [];
      return n.tuple([iterFunc(), n.tuple([n.list(rest)])]);
    });
  }
  // set_reduce: (type, (list(self),), the instance state).
  const state = (self: Ptr) => this.callMethod(this.ref(self), n.intern('__getstate__'), []);
  for (const t of [space.sets.setType, space.sets.frozensetType]) {
    this.defMethod(t, '__reduce__', (self, a, k) => {
      argCount('__reduce__', a, k, 0, 0);
      const items = n.list(n.setItems(self).map((x) => this.ref(x)));
      return n.tuple([this.ref(rt.typeObject(self)), n.tuple([items]), state(self)]);
    });
  }
  // range_reduce: (range, (start, stop, step)).
  this.defMethod(this.rangeType, '__reduce__', (self, a, k) => {
    argCount('__reduce__', a, k, 0, 0);
    const parts = [16, 24, 32].map((off) => this.ref(rt.mem.u32[(self + off) >>> 2] as Ptr));
    return n.tuple([this.ref(rt.typeObject(self)), n.tuple(parts)]);
  });
  // bytearray's _common_reduce: a latin-1 str below protocol 3, else bytes (no args when empty).
  const byteArrayReduce = (self: Ptr, proto: number): Ptr => {
    const data = O.bytearray_toU8(space, self);
    const args =
      data.length === 0
        ? n.tuple([])
        : proto < 3
          ? n.tuple([n.str(String.fromCharCode(...data)), n.str('latin-1')])
          : n.tuple([n.bytes(data)]);
    return n.tuple([this.ref(rt.typeObject(self)), args, state(self)]);
  };
  this.defMethod(space.bytearrays.type, '__reduce__', (self, a, k) => {
    argCount('__reduce__', a, k, 0, 0);
    return byteArrayReduce(self, 0);
  });
  this.defMethod(space.bytearrays.type, '__reduce_ex__', (self, a, k) => {
    const [proto] = parseArgs(this, '__reduce_ex__', a, k, ['proto'], 0);
    return byteArrayReduce(self, proto === undefined || proto === NULL ? 0 : intArg(proto));
  });
};
