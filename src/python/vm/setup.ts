// Making an interpreter (every type, builtin and module in place) and running a program.

import { NUM_GENERATIONS } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import {
  ObjectSpace,
  type SpaceOptions,
  STARTUP_REFS,
  weakref_get,
  weakref_new,
} from '../../objects/index.js';
import { CompileError, type Node } from '../compiler/index.js';
import { initAsyncioModule } from '../modules/asyncio.js';
import { initAtexitModule, runExitFuncs } from '../modules/atexit.js';
import { initBisectModule } from '../modules/bisect.js';
import {
  initAbcModule,
  initCollectionsAbcImpl,
  initCollectionsAbcModule,
  initCollectionsModule,
} from '../modules/collections.js';
import { initCopyregModule, installObjectReduce } from '../modules/copyreg.js';
import { initCtypesModule, initCtypesNative } from '../modules/ctypes.js';
import { initFunctoolsCModule, initFunctoolsModule } from '../modules/functools.js';
import { initGcModule } from '../modules/gc.js';
import { initHashlibModule } from '../modules/hashlib.js';
import { initHeapqModule } from '../modules/heapq.js';
import { initImportlibModule, installImportBuiltin } from '../modules/importlib.js';
import { initItertoolsModule } from '../modules/itertools.js';
import {
  initJsonDecoderModule,
  initJsonEncoderModule,
  initJsonModule,
  initJsonScannerModule,
} from '../modules/json.js';
import { initLinecacheModule } from '../modules/linecache.js';
import { initMathModule } from '../modules/math.js';
import { initOperatorModule } from '../modules/operator.js';
import { PURE_PYTHON_MODULES } from '../modules/pure-modules.js';
import { initRandomModule } from '../modules/random.js';
import { initReModule } from '../modules/re.js';
import { initStructFloatModule, initStructModule } from '../modules/struct.js';
import { initSysModule, installWrite } from '../modules/sys.js';
import { initTestcapiModule, initTestinternalcapiModule } from '../modules/testcapi.js';
import { initTimeModule } from '../modules/time.js';
import { initTracebackModule } from '../modules/traceback.js';
import { initTracemallocModule, initTracemallocNative } from '../modules/tracemalloc.js';
import { initTypesModule, installClassGetitem } from '../modules/types.js';
import { initMockModule, initUnittestModule } from '../modules/unittest.js';
import { initWeakrefModule, installWeakrefType } from '../modules/weakref.js';
import { initZlibModule } from '../modules/zlib.js';
import { PySyntaxError, parse } from '../syntax/index.js';
import { initStdin } from './stdin.js';
import './attrs.js';
import './methoddescr.js';
import './attrcache.js';
import './rangeobject.js';
import './reprslots.js';
import './slotmethods.js';
import './strformat.js';
import './builtins.js';
import './bytesmethods.js';
import './builtiniters.js';
import './builtins.js';
import './callex.js';
import './calls.js';
import './callsites.js';
import './globalsites.js';
import './classes.js';
import './codetables.js';
import './codecregistry.js';
import './descriptors.js';
import './mappingproxy.js';
import './typedicts.js';
import './operatorslots.js';
import './execeval.js';
import './iterators.js';
import './methods.js';
import './misc.js';
import { installModuleConstructor } from './modules.js';
import './file-modules.js';
import './frameobjects.js';
import './matching.js';
import './generators.js';
import './gensend.js';
import './genops.js';
import './genattrs.js';
import './coroutines.js';
import './asyncgens.js';
import './asyncbuiltins.js';
import './metaclasses.js';
import './ops.js';
import './errhandles.js';
import './exceptionattrs.js';
import './exceptiongroups.js';
import './exceptionprint.js';
import './reversed.js';
import './iterreduce.js';
import './printing.js';
import './protocols.js';
import './sequences.js';
import './setclass.js';
import './strings.js';
import './strtext.js';
import './subclasses.js';
import './subclassing.js';
import './traceback.js';
import './tpcall.js';
import './typecall.js';
import './types.js';
import { EXC, PyException } from './exceptions.js';
import { installImportErrorFields, type ModuleLoader } from './file-modules.js';
import { frozenSourceObserver, frozenUnits } from './frozen.js';
import { ExitProgram, Interpreter, type InterpreterIO } from './interp.js';
import { NativeImpl } from './native-impl.js';
import { applyStartupState, settleStartupHeap } from './startupstate.js';

/** How to make an interpreter. */
export interface InterpreterOptions extends SpaceOptions {
  /** sys.argv. */
  argv?: string[];
  /** Lines input() reads. */
  stdin?: string[];
  io: InterpreterIO;
  /** Finds module source files for `import` (none: only built-in modules). */
  loader?: ModuleLoader;
  /** sys.path (the directories the loader searches for top-level modules). */
  path?: string[];
  /** The program's current directory in its in-memory file system (default '/'). */
  cwd?: string;
}

/** A ready interpreter over a new heap. */
export function createInterpreter(options: InterpreterOptions): Interpreter {
  const space = new ObjectSpace(options);
  // The references CPython's larger startup holds to the constants (see STARTUP_REFS).
  for (const [op, extra] of [
    [space.none, STARTUP_REFS.none],
    [space.true, STARTUP_REFS.true],
    [space.false, STARTUP_REFS.false],
    [space.ellipsis, STARTUP_REFS.ellipsis],
  ] as const) {
    space.rt.setRefcnt(op, space.rt.refcnt(op) + extra);
  }
  const n = new NativeImpl(space);
  const interp = new Interpreter(space, n, options.io);
  interp.argv = options.argv ?? [''];
  initStdin(interp, options.stdin);
  interp.initCalls();
  interp.initClasses();
  interp.initAttrs();
  interp.initDescriptors();
  interp.initIterators();
  interp.initGenerators();
  interp.initModules();
  interp.constructors = new Map();
  installModuleConstructor(interp);
  interp.initTypes();
  interp.initBytesMethods();
  interp.initBuiltins();
  interp.initRange();
  interp.initSubclassDicts();
  interp.initMisc();
  interp.initIterReduce();
  interp.initMethodDescriptors();
  interp.initFrameObjects();
  interp.initGeneratorMethods();
  interp.initCoroutines();
  interp.initAsyncGens();
  interp.initSubclassing();
  interp.initMetaclasses();
  installWeakrefType(interp);
  installClassGetitem(interp);
  installWrite(interp);
  installImportBuiltin(interp);
  installImportErrorFields(interp);
  interp.initExceptionFields();
  interp.installVarargsMethods();
  interp.installReprWrappers();
  interp.initFormatMethods();
  interp.installSlotMethods();
  interp.installOperatorSlots();
  // PySequence_Fast for the object layer (set algebra with any iterable): a list of the items.
  space.lists.sequenceFast = (seq) => {
    const list = n.list([]);
    try {
      interp.listExtend(list, seq);
    } catch (e) {
      interp.decref(list);
      throw e;
    }
    return list;
  };
  interp.moduleInits.set('importlib', initImportlibModule);
  interp.moduleInits.set('traceback', initTracebackModule);
  interp.moduleInits.set('linecache', initLinecacheModule);
  interp.moduleInits.set('_tracemalloc', initTracemallocNative);
  interp.moduleInits.set('tracemalloc', initTracemallocModule);
  interp.moduleInits.set('unittest', initUnittestModule);
  interp.moduleInits.set('unittest.mock', initMockModule);
  interp.moduleInits.set('atexit', initAtexitModule);
  interp.moduleInits.set('_ctypes', initCtypesNative);
  interp.moduleInits.set('ctypes', initCtypesModule);
  interp.moduleInits.set('_struct_float', initStructFloatModule);
  interp.moduleInits.set('struct', initStructModule);
  interp.moduleInits.set('hashlib', initHashlibModule);
  interp.moduleInits.set('zlib', initZlibModule);
  interp.moduleInits.set('_testcapi', initTestcapiModule);
  interp.moduleInits.set('_testinternalcapi', initTestinternalcapiModule);
  interp.moduleInits.set('gc', initGcModule);
  interp.moduleInits.set('math', initMathModule);
  interp.moduleInits.set('random', initRandomModule);
  interp.moduleInits.set('operator', initOperatorModule);
  interp.moduleInits.set('itertools', initItertoolsModule);
  interp.moduleInits.set('functools', initFunctoolsModule);
  interp.moduleInits.set('copyreg', initCopyregModule);
  installObjectReduce(interp);
  interp.moduleInits.set('_functools', initFunctoolsCModule);
  interp.moduleInits.set('json', initJsonModule);
  interp.moduleInits.set('json.decoder', initJsonDecoderModule);
  interp.moduleInits.set('json.encoder', initJsonEncoderModule);
  interp.moduleInits.set('json.scanner', initJsonScannerModule);
  interp.moduleInits.set('re', initReModule);
  interp.moduleInits.set('sys', initSysModule);
  interp.moduleInits.set('time', initTimeModule);
  interp.moduleInits.set('types', initTypesModule);
  interp.moduleInits.set('asyncio', initAsyncioModule);
  interp.moduleInits.set('heapq', initHeapqModule);
  interp.moduleInits.set('bisect', initBisectModule);
  interp.moduleInits.set('abc', initAbcModule);
  interp.moduleInits.set('_collections_abc', initCollectionsAbcImpl);
  interp.moduleInits.set('collections', initCollectionsModule);
  interp.moduleInits.set('collections.abc', initCollectionsAbcModule);
  for (const [name, init] of PURE_PYTHON_MODULES) interp.moduleInits.set(name, init);
  // BaseExceptionGroup's code is C in CPython: its frames never show in tracebacks.
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen _exceptiongroup>');
  interp.moduleInits.set('weakref', initWeakrefModule);
  interp.moduleInits.set('_weakref', initWeakrefModule);
  const rt = space.rt;
  rt.hooks.unraisable = (error, _where, obj) => interp.writeUnraisable(error, obj);
  rt.hooks.debugLine = (line) => interp.writeStderr(`${line}\n`);
  rt.hooks.errorPending = () => false;
  interp.runPythonInto = (source, filename, globals) => {
    frozenSourceObserver?.(filename, source);
    const units = frozenUnits(filename, source);
    const code =
      units !== null
        ? interp.makeCodes(units, (u) => u.factory)
        : interp.compile(parse(source, filename) as never, filename, source, true);
    interp.decref(code.fn(globals) as Ptr);
  };

  // sys exists from the start (gc callbacks and print(file=sys.stderr) need it).
  interp.decref(interp.importModule(n.intern('sys'), NULL, false));
  interp.moduleLoader = options.loader ?? null;
  interp.startDir = options.cwd;
  const sysPath = n.list((options.path ?? []).map((p) => n.str(p)));
  n.dictSet(interp.moduleDict(interp.modules.get('sys') as Ptr), n.intern('path'), sysPath);
  interp.decref(sysPath);
  return interp;
}

declare module './interp.js' {
  interface Interpreter {
    /** The directory the program starts in (its os.getcwd()); '/' when the host gives none. */
    startDir?: string;
    /** The program's own file and source, readable in its in-memory file system. */
    mainScript?: { filename: string; source: string };
    /** _Py_UnhandledKeyboardInterrupt: the program ended with an uncaught KeyboardInterrupt. */
    unhandledKeyboardInterrupt?: boolean;
  }
}

/** Runs `source` as the __main__ module; returns the exit status (prints errors as python3 does). */
export function runMain(interp: Interpreter, source: string, filename: string): number {
  const n = interp.n;
  const nul = source.indexOf('\0');
  if (nul >= 0) {
    // Reading a file, CPython's tokenizer stops at the line with the NUL (its text up to it).
    const before = source.slice(0, nul);
    const lineno = before.split('\n').length;
    const text = before.slice(before.lastIndexOf('\n') + 1);
    const msg = 'source code cannot contain null bytes';
    interp.io.stderr(interp.formatSyntaxError('SyntaxError', msg, filename, lineno, 0, 0, text));
    return 1;
  }
  let tree: unknown;
  try {
    tree = parse(source, filename, 'exec', filename !== '<string>');
  } catch (e) {
    if (e instanceof PySyntaxError) {
      interp.io.stderr(
        // Reading a file, CPython's tokenizer has emptied its buffer at the end of the
        // input: an error at a token made there has offset 0 (no caret).
        interp.formatSyntaxError(
          e.kind,
          e.msg,
          e.filename,
          e.lineno,
          e.atEndOfInput ? 0 : e.offset,
          e.end_offset,
          e.text,
          e.end_lineno,
        ),
      );
      return 1;
    }
    throw e;
  }
  interp.mainScript = { filename, source };
  const main = interp.newModule('__main__');
  interp.modules.set('__main__', main);
  interp.registerModule('__main__', main);
  const g = interp.moduleDict(main);
  // pymain's namespace, in its order: the import system's four names (pymm has no loader or
  // spec objects), __builtins__, and for a file its name and __cached__ (`-c` has neither).
  for (const key of ['__package__', '__loader__', '__spec__']) n.dictSet(g, n.intern(key), interp.none);
  const annotations = n.dict();
  n.dictSet(g, n.intern('__annotations__'), annotations);
  interp.decref(annotations);
  n.dictSet(g, n.intern('__builtins__'), interp.modules.get('builtins') as Ptr);
  if (filename !== '<string>') {
    const file = n.str(filename);
    n.dictSet(g, n.intern('__file__'), file);
    interp.decref(file);
    n.dictSet(g, n.intern('__cached__'), interp.none);
  }
  let status = 0;
  settleStartupHeap(interp);
  // The AST arena pyrun_file keeps alive while the script runs (see constcache.ts); its
  // list is made before the parser's objects, so it comes first in generation 0.
  let arena: Ptr = n.list([]);
  try {
    const code = (() => {
      try {
        const objects: Ptr[] = [];
        const c = interp.compile(tree as never, filename, source, false, objects);
        for (const op of objects) {
          n.listAppend(arena, op);
          interp.decref(op);
        }
        return c;
      } catch (e) {
        if (e instanceof CompileError) {
          // The line as the exception's text has it: with its newline. The compiler's
          // errors read it from the file (PyErr_ProgramTextObject): none for `-c` code.
          const text = filename.startsWith('<') ? undefined : source.split(/\r?\n/)[e.lineno - 1];
          const line = text === undefined ? null : `${text}\n`;
          interp.io.stderr(
            interp.formatSyntaxError(
              'SyntaxError',
              e.message,
              filename,
              e.lineno,
              e.col + 1,
              e.endOffset() ?? -1,
              line,
              e.endLineno,
            ),
          );
          return null;
        }
        throw e;
      }
    })();
    if (code === null) return 1;
    applyStartupState(interp, tree as Node);
    try {
      interp.decref(code.fn(g) as Ptr);
    } finally {
      if (arena !== NULL) interp.decref(arena);
      arena = NULL;
    }
  } catch (e) {
    status = reportUncaught(interp, e);
  }
  status = finalize(interp, main, status);
  return status;
}

// An exception that reached the top: SystemExit sets the status, others print a traceback.
function reportUncaught(interp: Interpreter, e: unknown): number {
  if (e instanceof ExitProgram) return e.status;
  // The error ends here: its exception (and the frames its traceback holds) is released.
  const exc = e instanceof PyException ? e.exc : interp.toException(e);
  try {
    const type = interp.space.rt.typeObject(exc);
    if (interp.exc.isSubtype(type, interp.exc.type('SystemExit'))) {
      const code = interp.getAttr(exc, interp.n.intern('code'));
      try {
        if (code === interp.none) return 0;
        if (interp.n.isInt(code)) return Number(interp.n.intBig(code) & 0xffn);
        interp.writeStderr(`${interp.strOf(code)}\n`);
        return 1;
      } finally {
        interp.decref(code);
      }
    }
    if (!callExceptHook(interp, exc)) interp.writeStderr(interp.formatException(exc));
    // Py_RunMain exits by SIGINT (status 130 where it cannot) after an uncaught KeyboardInterrupt.
    if (interp.exc.isSubtype(type, interp.exc.type('KeyboardInterrupt'))) {
      interp.unhandledKeyboardInterrupt = true;
      return 130;
    }
    return 1;
  } finally {
    interp.decref(exc);
  }
}

// PyErr_Display through sys.excepthook: a hook the program installed gets (type, value,
// traceback); an error in it is reported before the original. False when the default
// display should run (the hook is sys.__excepthook__, or missing, which is reported).
function callExceptHook(interp: Interpreter, exc: Ptr): boolean {
  const sys = interp.modules.get('sys');
  if (sys === undefined) return false;
  const n = interp.n;
  const d = interp.moduleDict(sys);
  const hook = n.dictGet(d, n.intern('excepthook'));
  if (hook === NULL) {
    interp.writeStderr('sys.excepthook is missing\n');
    return false;
  }
  if (hook === n.dictGet(d, n.intern('__excepthook__'))) return false;
  const tb = interp.exc.get(exc, EXC.traceback);
  try {
    interp.decref(
      interp.callBorrowed(hook, [interp.space.rt.typeObject(exc), exc, tb === NULL ? interp.none : tb]),
    );
  } catch (e) {
    if (e instanceof ExitProgram) throw e;
    const err = e instanceof PyException ? e.exc : interp.toException(e);
    try {
      interp.writeStderr(
        `Error in sys.excepthook:\n${interp.formatException(err)}\nOriginal exception was:\n`,
      );
      interp.writeStderr(interp.formatException(exc));
    } finally {
      interp.decref(err);
    }
  }
  return true;
}

// Interpreter shutdown (Py_FinalizeEx): atexit callbacks, then a gc.collect() with its
// callbacks if the collector is enabled. finalize_modules then takes __main__ out of
// sys.modules: if nothing else holds the module it goes, and its globals (usually in a
// cycle through the functions and classes defined there) are collected intact by a full
// collection, the finalizers running in the collector's order. Only a module still alive
// after that collection has its globals cleared as _PyModule_ClearDict does (names with one
// leading underscore first, then the rest, each set to None), and is collected once more.
function finalize(interp: Interpreter, main: Ptr, status: number): number {
  const n = interp.n;
  const rt = interp.space.rt;
  let alive: Ptr = NULL;
  try {
    runExitFuncs(interp);
    if (rt.gc.enabled) rt.policy.collect(NUM_GENERATIONS - 1);
    interp.finalizing = true;
    alive = weakref_new(interp.space, main, NULL);
    const key = n.str('__main__');
    if (interp.sysModules !== NULL && n.dictGet(interp.sysModules, key) === main)
      n.dictDel(interp.sysModules, key);
    interp.decref(key);
    interp.modules.delete('__main__');
    interp.decref(main);
    rt.policy.collectNoFail();
    if (weakref_get(interp.space, alive) === interp.none) return status;
    const g = interp.moduleDict(main);
    for (const pass of [0, 1]) {
      for (const [k] of n.dictItems(g).slice()) {
        const name = n.jsStr(k);
        if (name === '__builtins__') continue;
        const single = name.startsWith('_') && !name.startsWith('__');
        if ((pass === 0) !== single) continue;
        if (n.dictGet(g, k) !== interp.none) n.dictSet(g, k, interp.none);
      }
    }
    rt.policy.collectNoFail();
  } catch (e) {
    return status === 0 ? reportUncaught(interp, e) : status;
  } finally {
    if (alive !== NULL) interp.decref(alive);
  }
  return status;
}
