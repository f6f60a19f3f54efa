// Python stand-ins for C code, and the recursion limit.
//
// Some of pymm's standard modules are Python where CPython's are C: functools.partial and
// the lru_cache wrapper, contextvars, BaseExceptionGroup, object.__reduce_ex__, the pickler
// (which enters the recursion guard itself where _pickle.c does). In CPython
// a C function's call adds no frame, and most such calls do not count toward the recursion
// limit either (those through `_PyObject_MakeTpCall` count once, which the interpreter's
// call paths do already). So a recursion that passes through them — a recursive function
// under @lru_cache, a partial calling itself — must reach RecursionError at the depth it
// reaches in CPython. Functions compiled from these files enter their frames with
// `enterC`/`leaveC`, which keep the frame (tracebacks hide these files anyway) but leave
// it out of the count.

/** Filenames of the frozen modules that stand for C code: their frames are not counted. */
export const C_LEVEL_FILES: ReadonlySet<string> = new Set([
  '<frozen _functools>',
  '<frozen _contextvars>',
  '<frozen _exceptiongroup>',
  '<frozen _copyreg_object>',
  '<frozen pickle>',
]);
