// The unpickler's less common opcodes (Modules/_pickle.c, CPython 3.11): globals, reduce,
// NEWOBJ, BUILD, persistent ids, protocol 0's text forms, INST/OBJ, the extension registry,
// out-of-band buffers and the unknown opcode; most call a `_load_*` function of pickle's
// Python half with the opcode's arguments and push what it returns.

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import type { UnpicklerState } from './pickle-load.js';

// raw-unicode-escape decoding: \\uXXXX and \\UXXXXXXXX after an odd run of backslashes, every
// other byte its own code point; null for a malformed escape (Python raises for it).
function rawUnicodeUnescape(b: Uint8Array): number[] | null {
  const out: number[] = [];
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c) {
      out.push(c);
      i++;
      continue;
    }
    let run = 0;
    while (i < b.length && b[i] === 0x5c) {
      run++;
      i++;
    }
    const kind = b[i];
    if (run % 2 === 0 || (kind !== 0x75 && kind !== 0x55)) {
      for (let k = 0; k < run; k++) out.push(0x5c);
      continue;
    }
    for (let k = 0; k < run - 1; k++) out.push(0x5c);
    const width = kind === 0x75 ? 4 : 8;
    const hex = String.fromCharCode(...b.subarray(i + 1, i + 1 + width));
    if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) return null;
    const cp = Number.parseInt(hex, 16);
    if (cp > 0x10ffff) return null;
    out.push(cp);
    i += 1 + width;
  }
  return out;
}

// load_build for an instance without __setstate__ (looked up as C's _PyObject_LookupAttr
// does) and a dict state: the items go into inst.__dict__, str keys interned. False when the
// case is not that one (pickle's Python half then does the whole BUILD).
function defaultBuild(st: UnpicklerState, inst: Ptr, state: Ptr): boolean {
  const interp = st.interp;
  const n = interp.n;
  const space = interp.space;
  if (space.rt.typeObject(state) !== space.dicts.type) return false;
  const own = interp.getAttrOrNull(inst, n.intern('__setstate__'));
  if (own !== NULL) {
    interp.decref(own);
    return false;
  }
  const target = interp.getAttr(inst, n.intern('__dict__'));
  try {
    for (const [k, v] of n.dictItems(state)) {
      const key = space.rt.typeObject(k) === space.strs.type ? n.internInPlace(k) : interp.ref(k);
      try {
        interp.setItem(target, key, v);
      } finally {
        interp.decref(key);
      }
    }
  } finally {
    interp.decref(target);
  }
  return true;
}

/** Runs opcode `code` (its argument bytes follow in st's input). */
export function loadRareOpcode(st: UnpicklerState, code: number): void {
  const interp = st.interp;
  const n = interp.n;
  const space = interp.space;
  switch (code) {
    case 0x80: {
      // PROTO
      const proto = st.readUint(1);
      if (proto > 5) throw new PyErr('ValueError', `unsupported pickle protocol: ${proto}`);
      st.setProto(proto);
      break;
    }
    case 0x95: {
      // FRAME: the frame's bytes must be there (C reads them, then rewinds).
      const size = st.readUint(8);
      if (st.pos + size > st.buf.length) st.fill(size);
      break;
    }
    case 0x8b: {
      // LONG4
      const size = st.readUint(4) | 0;
      if (size < 0) throw st.error('UnpicklingError', 'LONG pickle has negative byte count');
      st.pushLong(size);
      break;
    }
    case 0x55: // SHORT_BINSTRING
    case 0x54: {
      // BINSTRING
      const size = code === 0x55 ? st.readUint(1) : st.readUint(4) | 0;
      if (size < 0) throw st.error('UnpicklingError', 'BINSTRING pickle has negative byte count');
      const raw = st.bytesObj(st.read(size), size);
      st.push(st.helperOwned('_load_binstring', [interp.ref(st.self), raw]));
      break;
    }
    case 0x64: {
      // DICT
      const start = st.marker();
      if ((st.stack.length - start) % 2 !== 0)
        throw st.error('UnpicklingError', 'odd number of items for DICT');
      const d = n.dict();
      try {
        for (let i = start; i < st.stack.length; i += 2) n.dictSet(d, st.stack[i], st.stack[i + 1]);
      } catch (e) {
        interp.decref(d);
        throw e;
      }
      st.clearFrom(start);
      st.push(d);
      break;
    }
    case 0x91: {
      // FROZENSET
      const items = st.popFrom(st.marker());
      try {
        st.push(O.set_fromArray(space, items, true));
      } finally {
        for (const op of items) interp.decref(op);
      }
      break;
    }
    case 0x31: // POP_MARK
      st.clearFrom(st.marker());
      break;
    case 0x70: {
      // PUT
      st.top();
      const index = st.decimal(st.readline());
      if (index < 0) throw new PyErr('ValueError', 'negative PUT argument');
      st.memoPut(index, st.top());
      break;
    }
    case 0x67: // GET
      st.memoGet(st.decimal(st.readline()));
      break;
    case 0x93: {
      // STACK_GLOBAL
      const name = st.pop();
      let module = NULL;
      try {
        module = st.pop();
        const strType = space.strs.type;
        if (space.rt.typeObject(name) !== strType || space.rt.typeObject(module) !== strType)
          throw st.error('UnpicklingError', 'STACK_GLOBAL requires str');
        st.push(st.callMethod(st.self, 'find_class', [module, name]));
      } finally {
        interp.decref(name);
        if (module !== NULL) interp.decref(module);
      }
      break;
    }
    case 0x63: {
      // GLOBAL
      const first = st.readline();
      const module = st.text(first, 0, first.length);
      let name = NULL;
      try {
        const second = st.readline();
        name = st.text(second, 0, second.length);
        st.push(st.callMethod(st.self, 'find_class', [module, name]));
      } finally {
        interp.decref(module);
        if (name !== NULL) interp.decref(name);
      }
      break;
    }
    case 0x52: {
      // REDUCE
      const args = st.pop();
      let f = NULL;
      try {
        f = st.pop();
        if (!n.isTuple(args)) throw new PyErr('TypeError', 'argument list must be a tuple');
        st.push(interp.callBorrowed(f, n.tupleItems(args)));
      } finally {
        interp.decref(args);
        if (f !== NULL) interp.decref(f);
      }
      break;
    }
    case 0x81: // NEWOBJ
    case 0x92: {
      // NEWOBJ_EX
      const kwargs = code === 0x92 ? st.pop() : interp.newNone();
      const popped: Ptr[] = [kwargs];
      try {
        const args = st.pop();
        popped.push(args);
        const cls = st.pop();
        popped.push(cls);
        if (code === 0x81 && interp.isType(cls) && n.isTuple(args)) {
          // cls.__new__(cls, *args)
          const make = interp.getAttr(cls, n.intern('__new__'));
          try {
            st.push(interp.callBorrowed(make, [cls, ...n.tupleItems(args)]));
          } finally {
            interp.decref(make);
          }
        } else
          st.push(st.helper('_load_newobj', [cls, args, kwargs, code === 0x92 ? space.true : space.false]));
      } finally {
        for (const op of popped) interp.decref(op);
      }
      break;
    }
    case 0x62: {
      // BUILD
      const state = st.pop();
      try {
        const inst = st.top();
        if (!defaultBuild(st, inst, state))
          st.helperOwned('_load_build', [interp.ref(inst), interp.ref(state)]);
      } finally {
        interp.decref(state);
      }
      break;
    }
    case 0x51: {
      // BINPERSID
      const load = st.helper('_persistent_loader', [st.self]);
      try {
        const pid = st.pop();
        try {
          st.push(interp.callBorrowed(load, [pid]));
        } finally {
          interp.decref(pid);
        }
      } finally {
        interp.decref(load);
      }
      break;
    }
    case 0x50: // PERSID
      st.push(st.helperOwned('_load_persid', [interp.ref(st.self), st.lineBytes()]));
      break;
    case 0x49: // INT
      st.push(st.helperOwned('_load_int', [st.lineBytes()]));
      break;
    case 0x4c: // LONG
      st.push(st.helperOwned('_load_long', [st.lineBytes()]));
      break;
    case 0x46: // FLOAT
      st.push(st.helperOwned('_load_float', [st.lineBytes()]));
      break;
    case 0x53: // STRING
      st.push(st.helperOwned('_load_string', [interp.ref(st.self), st.lineBytes()]));
      break;
    case 0x56: {
      // UNICODE: raw-unicode-escape text
      const line = st.readline();
      const cps = rawUnicodeUnescape(line);
      st.push(
        cps === null ? st.helperOwned('_load_unicode', [n.bytes(line)]) : O.str_fromCodePoints(space, cps),
      );
      break;
    }
    case 0x69: {
      // INST
      const module = st.lineBytes();
      const name = st.lineBytes();
      const args = n.list(st.popFrom(st.marker()));
      st.push(st.helperOwned('_load_inst', [interp.ref(st.self), module, name, args]));
      break;
    }
    case 0x6f: // OBJ
      st.push(st.helperOwned('_load_obj', [n.list(st.popFrom(st.marker()))]));
      break;
    case 0x82: // EXT1
    case 0x83: // EXT2
    case 0x84: {
      // EXT4
      const ext = n.int(st.readUint(code === 0x82 ? 1 : code === 0x83 ? 2 : 4) | 0);
      st.push(st.helperOwned('_load_ext', [interp.ref(st.self), ext]));
      break;
    }
    case 0x97: // NEXT_BUFFER
      st.push(st.helperOwned('_load_next_buffer', [interp.ref(st.self)]));
      break;
    case 0x98: {
      // READONLY_BUFFER
      const buf = st.pop();
      st.push(st.helperOwned('_load_readonly', [buf]));
      break;
    }
    default: {
      const shown =
        code >= 0x20 && code <= 0x7e && code !== 0x27 && code !== 0x5c
          ? String.fromCharCode(code)
          : `\\x${code.toString(16).padStart(2, '0')}`;
      throw st.error('UnpicklingError', `invalid load key, '${shown}'.`);
    }
  }
}

// do_append(x): the items above x go to the list at x - 1.
export function doAppend(st: UnpicklerState, x: number): void {
  const len = st.stack.length;
  if (x > len || x <= st.fence()) throw st.underflow();
  if (len === x) return;
  const interp = st.interp;
  const target = st.stack[x - 1];
  if (st.space.rt.typeObject(target) === st.space.lists.type) {
    for (const item of st.popFrom(x)) O.list_appendTakeRef(st.space, target, item);
    return;
  }
  const extend = interp.getAttrCleared(target, st.n.intern('extend'));
  if (extend !== NULL) {
    const items = st.n.list(st.popFrom(x));
    try {
      interp.decref(interp.callBorrowed(extend, [items]));
    } finally {
      interp.decref(items);
      interp.decref(extend);
    }
    return;
  }
  const append = interp.getAttr(target, st.n.intern('append'));
  try {
    while (st.stack.length > x) {
      const item = st.stack.splice(x, 1)[0];
      try {
        interp.decref(interp.callBorrowed(append, [item]));
      } finally {
        interp.decref(item);
      }
    }
  } finally {
    interp.decref(append);
  }
}

// do_setitems(x): the key/value pairs above x go into the mapping at x - 1.
export function doSetItems(st: UnpicklerState, x: number): void {
  const len = st.stack.length;
  if (x > len || x <= st.fence()) throw st.underflow();
  if (len === x) return;
  if ((len - x) % 2 !== 0) throw st.error('UnpicklingError', 'odd number of items for SETITEMS');
  const target = st.stack[x - 1];
  const exact = st.space.rt.typeObject(target) === st.space.dicts.type;
  try {
    for (let i = x; i < len; i += 2) {
      if (exact) st.n.dictSet(target, st.stack[i], st.stack[i + 1]);
      else st.interp.setItem(target, st.stack[i], st.stack[i + 1]);
    }
  } finally {
    st.clearFrom(x);
  }
}

// load_additems: the items above the mark go into the set below it.
export function doAddItems(st: UnpicklerState, mark: number): void {
  const len = st.stack.length;
  if (mark > len || mark <= st.fence()) throw st.underflow();
  if (len === mark) return;
  const interp = st.interp;
  const target = st.stack[mark - 1];
  const items = st.popFrom(mark);
  try {
    if (O.anyset_check(st.space, target)) {
      for (const item of items) O.set_add(st.space, target, item);
      return;
    }
    const add = interp.getAttr(target, st.n.intern('add'));
    try {
      for (const item of items) interp.decref(interp.callBorrowed(add, [item]));
    } finally {
      interp.decref(add);
    }
  } finally {
    for (const op of items) interp.decref(op);
  }
}
