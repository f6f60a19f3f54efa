// Running source at run time: exec(), eval(), compile(), and the builtins that read the
// caller's namespaces (globals(), locals(), vars() and dir() without arguments).
//
// Every frame records its globals (`$.enter(CODE, g)`), and module and class bodies their
// locals mapping (`$.FL[$d] = ns`). A function's locals are JS variables, so a function that
// names locals/vars/eval/exec/dir leaves a maker of a snapshot dict instead, as CPython 3.11's
// PyFrame_FastToLocals copies fast locals, cells and free variables into a dict.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { CompileError, type Node } from '../compiler/index.js';
import { PySyntaxError, parse } from '../syntax/index.js';
import { argCount, parseArgs } from './args.js';
import type { CodeRuntime } from './code.js';
import { parseError, syntaxError } from './file-modules.js';
import { Interpreter } from './interp.js';
import { echoExpressionStatements, singleModeError } from './single-mode.js';
import { decodeUtf8 } from './types.js';

/** A frame's locals: its namespace dict, a snapshot maker (functions), or nothing known (generators: GF). */
export type FrameLocals = Ptr | (() => Ptr) | undefined;

declare module './interp.js' {
  interface Interpreter {
    /** Locals of each frame, by depth (see FrameLocals). */
    FL: FrameLocals[];
    initExecEval(): void;
    /** A dict of `names` to `values` (borrowed; 0 = unbound, left out): locals() of a function. */
    localsSnapshot(names: string[], values: Ptr[]): Ptr;
    /** cell contents (borrowed) or 0 when empty. */
    cellGet(cell: Ptr): Ptr;
    /** The globals dict of the running frame at depth `d` (borrowed) or 0. */
    frameGlobals(d: number): Ptr;
    /** locals() of the frame at depth `d` (a new reference). */
    frameLocals(d: number): Ptr;
    /** compile(): parses and compiles `source` in `mode`; SyntaxErrors as CPython raises them. */
    compileSource(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): CodeRuntime;
  }
}

const I = Interpreter.prototype;

I.localsSnapshot = function (this: Interpreter, names: string[], values: Ptr[]): Ptr {
  const d = this.n.dict();
  for (let i = 0; i < names.length; i++) {
    if (values[i] !== 0) this.n.dictSet(d, this.n.intern(names[i]), values[i]);
  }
  return d;
};

I.cellGet = function (this: Interpreter, cell: Ptr): Ptr {
  return this.space.rt.mem.u32[(cell + 16) >>> 2] as Ptr;
};

I.frameGlobals = function (this: Interpreter, d: number): Ptr {
  return d >= 1 ? (this.FG[d] as Ptr) : NULL;
};

I.frameLocals = function (this: Interpreter, d: number): Ptr {
  const gen = this.GF[d] as Ptr;
  if (gen !== NULL) return this.genLocals(this.genState(gen));
  const l = this.FL[d];
  if (typeof l === 'function') return l();
  if (typeof l === 'number' && l !== 0) return this.ref(l);
  return this.n.dict();
};

I.compileSource = function (this: Interpreter, source, filename, mode): CodeRuntime {
  try {
    const tree = parse(source, filename, mode === 'eval' ? 'eval' : 'exec');
    if (mode === 'single') {
      const bad = singleModeError(tree as unknown as Node, source);
      if (bad !== null) {
        const { msg, lineno, offset, endOffset, text } = bad;
        throw syntaxError(this, 'SyntaxError', msg, filename, lineno, offset, endOffset, text, lineno, true);
      }
      echoExpressionStatements(tree as unknown as Node);
    }
    return this.compile(tree as unknown as Node, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) throw parseError(this, e, filename);
    if (e instanceof CompileError) {
      // The compiler's errors take their text from the file the filename names (as
      // PyErr_ProgramTextObject does): none for '<string>' or a file never read.
      const line = this.sources.get(filename)?.[e.lineno - 1] ?? null;
      throw syntaxError(
        this,
        'SyntaxError',
        e.message,
        filename,
        e.lineno,
        e.col + 1,
        e.endOffset(),
        line,
        e.endLineno,
      );
    }
    throw e;
  }
};

I.initExecEval = function (this: Interpreter): void {
  this.FL = [];
  const n = this.n;
  const b = this.builtinsDict;
  // The builtins namespace names itself (a class body exec'd in a bare dict finds it).
  const selfName = n.str('builtins');
  n.dictSet(b, n.intern('__name__'), selfName);
  this.decref(selfName);
  const def = (name: string, impl: Parameters<Interpreter['defNative']>[2]) => this.defNative(b, name, impl);
  def('globals', (_s, args, kw) => {
    parseArgs(this, 'globals', args, kw, [], 0);
    const g = this.frameGlobals(this.depth);
    return g === NULL ? n.dict() : this.ref(g);
  });
  def('locals', (_s, args, kw) => {
    argCount('locals', args, kw, 0, 0);
    return this.frameLocals(this.depth);
  });
  const run = (what: 'exec' | 'eval', args: Ptr[], kw: Ptr[] | null): Ptr => {
    // builtin_exec_impl's clinic (positional-only, closure keyword-only); builtin_eval's
    // _PyArg_CheckPositional without keywords.
    if (what === 'eval') {
      if (kw !== null && kw.length > 0) throw new PyErr('TypeError', 'eval() takes no keyword arguments');
      argCount('eval', args, kw, 1, 3);
    }
    const [src, g0, l0] =
      what === 'eval'
        ? [args[0], args[1] ?? NULL, args[2] ?? NULL]
        : parseArgs(this, what, args, kw, ['/source', '/globals', '/locals', '*closure'], 1);
    const none = this.none;
    let g = g0 === NULL || g0 === none ? NULL : g0;
    let l = l0 === NULL || l0 === none ? NULL : l0;
    if (g !== NULL && !n.isDict(g)) {
      const which = what === 'exec' ? 'exec() globals' : 'globals';
      throw new PyErr('TypeError', `${which} must be a dict, not ${this.space.typeName(g)}`);
    }
    if (l !== NULL && !n.isDict(l)) throw new PyErr('TypeError', 'locals must be a mapping');
    let ownedLocals = NULL as Ptr;
    if (g === NULL) {
      g = this.frameGlobals(this.depth);
      if (l === NULL) {
        ownedLocals = this.frameLocals(this.depth);
        l = ownedLocals;
      }
    } else if (l === NULL) l = g;
    try {
      const builtinsKey = n.intern('__builtins__');
      if (n.dictGet(g, builtinsKey) === NULL) n.dictSet(g, builtinsKey, this.builtinsDict);
      let code: CodeRuntime;
      if (this.space.rt.typeObject(src) === this.codeType) {
        code = this.codeOf(src);
        if (code.unit.freevars.length > 0)
          throw new PyErr('TypeError', `code object passed to ${what}() may not contain free variables`);
      } else {
        let text: string;
        if (n.isStr(src)) text = n.jsStr(src);
        else if (n.isBytes(src)) text = decodeUtf8(n.bytesValue(src));
        else {
          const kinds = what === 'exec' ? 'a string, bytes or code object' : 'a string, bytes or code object';
          throw new PyErr('TypeError', `${what}() arg 1 must be ${kinds}`);
        }
        if (what === 'eval') text = text.replace(/^[ \t]+/, '');
        code = this.compileSource(text, '<string>', what);
      }
      const r = this.checked(code.fn(g, l));
      if (what === 'eval') return r;
      this.decref(r);
      return this.newNone();
    } finally {
      if (ownedLocals !== NULL) this.decref(ownedLocals);
    }
  };
  def('exec', (_s, args, kw) => run('exec', args, kw));
  def('eval', (_s, args, kw) => run('eval', args, kw));
  def('compile', (_s, args, kw) => {
    const [src, filename, mode] = parseArgs(
      this,
      'compile',
      args,
      kw,
      ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'],
      3,
    );
    const m = n.isStr(mode) ? n.jsStr(mode) : '';
    if (m !== 'exec' && m !== 'eval' && m !== 'single')
      throw new PyErr('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
    let text: string;
    if (n.isStr(src)) text = n.jsStr(src);
    else if (n.isBytes(src)) text = decodeUtf8(n.bytesValue(src));
    else throw new PyErr('TypeError', 'compile() arg 1 must be a string, bytes or AST object');
    const name = n.isStr(filename) ? n.jsStr(filename) : this.strOf(filename);
    return this.ref(this.compileSource(text, name, m).object);
  });
};
