// The `traceback` module: format_exception, format_exc, print_exc, print_exception and
// format_exception_only, printing exactly what the interpreter prints for an uncaught
// exception (carets included; their `limit` is ignored), and the Python half
// (traceback-py.ts): walk_tb, walk_stack, extract_*, format_*, print_tb/stack/list,
// clear_frames, FrameSummary and StackSummary.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { argCount, parseArgs } from '../vm/args.js';
import { EXC } from '../vm/exceptions.js';
import { FRAME, TB } from '../vm/frames.js';
import type { Interpreter } from '../vm/interp.js';
import { carets } from '../vm/traceback.js';
import { TRACEBACK_PY } from './traceback-py.js';

declare module '../vm/interp.js' {
  interface Interpreter {
    /** Files whose frames tracebacks leave out (unittest's own, as CPython's __unittest). */
    hiddenTracebackFiles: Set<string>;
  }
}

/** Fills the traceback module. */
export function initTracebackModule(interp: Interpreter, _module: Ptr, dict: Ptr): void {
  const n = interp.n;
  interp.hiddenTracebackFiles ??= new Set();
  // format_exception(exc) or format_exception(type, value, tb): the text of one exception.
  // `limit` (NULL when not given) as traceback.py's extract takes it.
  const format = (exc: Ptr, value: Ptr, tb: Ptr, chain: boolean, limit: Ptr = NULL): string => {
    const shown = interp.tracebackLimitArg;
    interp.tracebackLimitArg = limit === NULL || limit === interp.none ? undefined : limitValue(limit);
    try {
      return formatLimited(exc, value, tb, chain);
    } finally {
      interp.tracebackLimitArg = shown;
    }
  };
  // traceback.py compares the limit with 0 (`limit >= 0`) before slicing with it.
  const limitValue = (limit: Ptr): number => {
    const v = interp.asIndex(limit, 'OverflowError');
    if (v === undefined)
      throw new PyErr(
        'TypeError',
        `'>=' not supported between instances of '${interp.space.typeName(limit)}' and 'int'`,
      );
    return v;
  };
  const formatLimited = (exc: Ptr, value: Ptr, tb: Ptr, chain: boolean): string => {
    let e = value !== NULL ? value : exc;
    if (e === interp.none) return 'NoneType: None\n';
    if (!interp.isExceptionInstance(e)) {
      if (value === NULL && interp.isExceptionClass(e)) return `${interp.typeName(e)}\n`;
      throw new PyErr('TypeError', `Exception expected for value, ${interp.space.typeName(e)} found`);
    }
    e = interp.ref(e);
    const saved = interp.exc.get(e, EXC.traceback);
    if (saved !== NULL) interp.incref(saved);
    const suggesting = interp.noSuggestions;
    interp.noSuggestions = true;
    try {
      if (tb !== NULL) interp.exc.set(e, EXC.traceback, tb === interp.none ? NULL : tb);
      return chain ? interp.formatException(e) : interp.formatOne(e);
    } finally {
      interp.noSuggestions = suggesting;
      interp.exc.set(e, EXC.traceback, saved);
      if (saved !== NULL) interp.decref(saved);
      interp.decref(e);
    }
  };
  const lines = (text: string): Ptr => n.list(text.split(/(?<=\n)/).map((s) => n.str(s)));
  // format_exception's list: as CPython's, one string per frame (its File line with the
  // source and caret lines under it) and one per chain message; other lines one each.
  const chunks = (text: string): Ptr => {
    const out: string[] = [];
    const all = text.split(/(?<=\n)/);
    for (let i = 0; i < all.length; i++) {
      const line = all[i];
      if (/^ {2}File ".*", line \d+, in /.test(line)) {
        let chunk = line;
        while (i + 1 < all.length && all[i + 1].startsWith('    ')) chunk += all[++i];
        out.push(chunk);
      } else if (
        line === '\n' &&
        i + 2 < all.length &&
        all[i + 2] === '\n' &&
        /^(During|The above)/.test(all[i + 1])
      ) {
        out.push(line + all[i + 1] + all[i + 2]);
        i += 2;
      } else out.push(line);
    }
    return n.list(out.map((s) => n.str(s)));
  };
  const current = (): Ptr => interp.handling.at(-1) ?? interp.none;
  const write = (text: string, file: Ptr) => {
    if (file === NULL || file === interp.none) interp.io.stderr(text);
    else interp.decref(interp.callMethod(interp.ref(file), n.intern('write'), [n.str(text)]));
  };
  interp.defNative(dict, 'format_exception', (_s, a, k) => {
    const [exc, value, tb, limit, chain] = parseArgs(
      interp,
      'format_exception',
      a,
      k,
      ['exc', 'value', 'tb', 'limit', 'chain'],
      1,
    );
    return chunks(format(exc, value, tb, chain === NULL || interp.truthy(chain), limit));
  });
  interp.defNative(dict, 'format_exception_only', (_s, a, k) => {
    const [exc, value] = parseArgs(interp, 'format_exception_only', a, k, ['exc', 'value'], 1);
    const e = value !== NULL ? value : exc;
    if (!interp.isExceptionInstance(e)) return lines(format(e, NULL, NULL, false));
    // The message line (a SyntaxError's detail lines) and the notes, without the traceback.
    return lines(format(e, NULL, interp.none, false));
  });
  interp.defNative(dict, 'print_exception', (_s, a, k) => {
    const [exc, value, tb, limit, file, chain] = parseArgs(
      interp,
      'print_exception',
      a,
      k,
      ['exc', 'value', 'tb', 'limit', 'file', 'chain'],
      1,
    );
    write(format(exc, value, tb, chain === NULL || interp.truthy(chain), limit), file);
    return interp.newNone();
  });
  interp.defNative(dict, 'format_exc', (_s, a, k) => {
    const [limit, chain] = parseArgs(interp, 'format_exc', a, k, ['limit', 'chain'], 0);
    return n.str(format(current(), NULL, NULL, chain === NULL || interp.truthy(chain), limit));
  });
  interp.defNative(dict, 'print_exc', (_s, a, k) => {
    const [limit, file, chain] = parseArgs(interp, 'print_exc', a, k, ['limit', 'file', 'chain'], 0);
    write(format(current(), NULL, NULL, chain === NULL || interp.truthy(chain), limit), file);
    return interp.newNone();
  });
  interp.defNative(dict, '_format_hiding', (_s, a, k) => {
    const [exc, file] = parseArgs(interp, '_format_hiding', a, k, ['exc', 'file'], 2);
    const name = n.jsStr(file);
    const had = interp.hiddenTracebackFiles.has(name);
    interp.hiddenTracebackFiles.add(name);
    try {
      return n.str(format(exc, NULL, NULL, true));
    } finally {
      if (!had) interp.hiddenTracebackFiles.delete(name);
    }
  });
  // For the Python half: a traceback entry's code, its instruction's columns, the carets.
  const rt = interp.space.rt;
  const tbCode = (tb: Ptr) => {
    if (rt.typeObject(tb) !== interp.frameTypes.traceback) throw new PyErr('TypeError', 'traceback expected');
    const frame = rt.mem.u32[(tb + TB.frame) >>> 2] as Ptr;
    return interp.codeOf(rt.mem.u32[(frame + FRAME.code) >>> 2] as Ptr);
  };
  interp.defNative(dict, '_tb_hidden', (_s, a, k) => {
    argCount('_tb_hidden', a, k, 1, 1);
    return interp.bool(interp.hiddenTracebackFiles.has(tbCode(a[0]).unit.filename));
  });
  // (lineno, end_lineno, colno, end_colno) of the entry's instruction, columns in UTF-8
  // bytes (as co_positions()), None where unknown.
  interp.defNative(dict, '_tb_position', (_s, a, k) => {
    argCount('_tb_position', a, k, 1, 1);
    const p = tbCode(a[0]).unit.positions;
    const i = rt.mem.i32[(a[0] + TB.lasti) >>> 2];
    const line = rt.mem.i32[(a[0] + TB.lineno) >>> 2];
    const num = (v: number | undefined) => (v === undefined || v < 0 ? interp.newNone() : n.int(v));
    if (!(i > 0)) return n.tuple([n.int(line), interp.newNone(), interp.newNone(), interp.newNone()]);
    return n.tuple([n.int(line), num(p[4 * i + 1]), num(p[4 * i + 2]), num(p[4 * i + 3])]);
  });
  interp.defNative(dict, '_carets', (_s, a, k) => {
    argCount('_carets', a, k, 5, 5);
    const [src, line, endLine, col, endCol] = a;
    const int = (v: Ptr) => (v === interp.none ? -1 : n.intSafe(v));
    return n.str(
      carets(n.jsStr(src).replace(/\n$/, ''), int(line), int(endLine), int(col), int(endCol), true),
    );
  });
  interp.runPythonInto(TRACEBACK_PY, '<frozen traceback>', dict);
}
