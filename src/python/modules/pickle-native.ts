// The native half of pickle (the C parts of Modules/_pickle.c): `_c_dump` runs a whole dump
// through PicklerState, `_c_load` a whole load through UnpicklerState; the Python Pickler's
// slow paths write through `_save`, `_write`, `_write_large`, `_memoize` and `_memo_get`,
// which act on the dump in progress (the innermost, when a reducer pickles something else).

import { NULL, type Ptr } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import type { Interpreter } from '../vm/interp.js';
import { UnpicklerState } from './pickle-load.js';
import { PickleOutput } from './pickle-output.js';
import { PicklerState } from './pickle-save.js';

/** Adds pickle's natives to the module dict (before its Python source runs). */
export function definePickleNatives(interp: Interpreter, dict: Ptr): void {
  const n = interp.n;
  const none = interp.none;
  const active: PicklerState[] = [];
  const current = (): PicklerState => {
    const st = active[active.length - 1];
    if (st === undefined) throw new PyErr('RuntimeError', 'no pickling in progress');
    return st;
  };
  const orNull = (op: Ptr) => (op === none ? NULL : op);
  const helper = (name: string, args: Ptr[]) => interp.callBorrowed(n.dictGet(dict, n.intern(name)), args);

  // _c_dump(obj, proto, write, memo, persistent_id, pickler, options): the pickle as bytes
  // when write is None, else written to write() and None; pickler None: one is made by
  // _make_pickler(proto, *options) if a slow path needs it.
  interp.defNative(dict, '_c_dump', (_s, a) => {
    const [obj, proto, write, memo, , pickler, options] = a;
    const out = new PickleOutput(interp, false, orNull(write));
    const st = new PicklerState(interp, n.intSafe(proto), out, {
      persistentId: orNull(a[4]),
      pickler: orNull(pickler),
      makePickler: () => helper('_make_pickler', [proto, ...n.tupleItems(options)]),
    });
    if (memo !== none) loadMemo(interp, st, memo);
    active.push(st);
    try {
      // Pickler.dump and dumps are calls of C code: one level of recursion.
      interp.callGuard(() => st.dump(obj));
    } finally {
      active.pop();
      if (memo !== none) storeMemo(interp, st, memo);
      st.release();
    }
    if (write === none) return out.take();
    out.flush();
    return interp.newNone();
  });
  interp.defNative(dict, '_save', (_s, a) => {
    current().save(a[0], a.length > 1 && !interp.truthy(a[1]));
    return interp.newNone();
  });
  interp.defNative(dict, '_write', (_s, a) => {
    current().out.bytes(n.bytesValue(a[0]));
    return interp.newNone();
  });
  interp.defNative(dict, '_write_large', (_s, a) => {
    current().out.writeLarge(n.bytesValue(a[0]), n.bytesValue(a[1]), a[1]);
    return interp.newNone();
  });
  interp.defNative(dict, '_memoize', (_s, a) => {
    current().memoPut(a[0]);
    return interp.newNone();
  });
  interp.defNative(dict, '_memo_has', (_s, a) => interp.bool(current().memo.has(a[0])));
  // _memo_get(obj): writes the GET of obj and gives True when obj is in the memo, else False.
  interp.defNative(dict, '_memo_get', (_s, a) => {
    const st = current();
    const index = st.memo.get(a[0]);
    if (index !== undefined) st.memoGet(index);
    return interp.bool(index !== undefined);
  });

  // _c_load(unpickler, data, read, readline, memo, options): one object from bytes `data` or
  // from a file's read/readline (data None); memo is the Unpickler's dict, or None; with
  // unpickler None, _make_unpickler(proto, *options) makes one if an opcode needs it.
  interp.defNative(dict, '_c_load', (_s, a) => {
    const [unpickler, data, read, readline, memo, options] = a;
    const st = new UnpicklerState(
      interp,
      orNull(unpickler),
      data === none ? new Uint8Array(0) : n.bytesValue(data),
      orNull(read),
      orNull(readline),
      dict,
      (proto) => {
        const p = n.int(proto);
        try {
          return helper('_make_unpickler', [p, ...n.tupleItems(options)]);
        } finally {
          interp.decref(p);
        }
      },
    );
    if (memo !== none) st.loadMemo(memo);
    try {
      return st.load();
    } finally {
      if (memo !== none) st.storeMemo(memo);
      st.release();
    }
  });
}

// Pickler.memo ({id: (index, obj)}) into a dump's memo.
function loadMemo(interp: Interpreter, st: PicklerState, memo: Ptr): void {
  const n = interp.n;
  for (const [, entry] of n.dictItems(memo)) {
    const [index, obj] = n.tupleItems(entry);
    st.memo.set(obj, n.intSafe(index));
    interp.incref(obj);
  }
}

// A dump's memo back into Pickler.memo, for the next dump of the same Pickler.
function storeMemo(interp: Interpreter, st: PicklerState, memo: Ptr): void {
  const n = interp.n;
  O.dict_clear(interp.space, memo);
  for (const [obj, index] of st.memo) {
    const key = n.int(obj);
    const entry = n.tuple([n.int(index), interp.ref(obj)]);
    n.dictSet(memo, key, entry);
    interp.decref(key);
    interp.decref(entry);
  }
}
