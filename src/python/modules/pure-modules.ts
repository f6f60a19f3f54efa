// Standard modules written wholly in Python (frozen sources): copy, string, typing, enum,
// dataclasses, contextlib, io, array, base64, binascii, timeit, queue, keyword ….
// Each runs in its module's namespace on first import.

import { NULL, type Ptr } from '../../heap/index.js';
import { checkRecursionHeadroom, recursionGuardState } from '../../objects/index.js';
import type { Interpreter } from '../vm/interp.js';
import { ARGPARSE_PY } from './argparse-py.js';
import { ARRAY_PY } from './array-py.js';
import { initAstModule } from './ast.js';
import { BASE64_PY } from './base64-py.js';
import { BINASCII_PY } from './binascii-py.js';
import { CALENDAR_PY } from './calendar-py.js';
import { CMATH_PY } from './cmath-py.js';
import { CODECS_PY } from './codecs-py.js';
import { COLORSYS_PY } from './colorsys-py.js';
import { CONFIGPARSER_PY } from './configparser-py.js';
import { CONTEXTLIB_PY } from './contextlib-py.js';
import { CONTEXTVARS_C_PY, CONTEXTVARS_PY } from './contextvars-py.js';
import { COPY_PY } from './copy-py.js';
import { CSV_PY } from './csv-py.js';
import { DATACLASSES_PY } from './dataclasses-py.js';
import { DATETIME_PY, STRPTIME_PY } from './datetime-py.js';
import { DECIMAL_PY } from './decimal-py.js';
import { initDifflibNativeModule } from './difflib-native.js';
import { DIFFLIB_PY } from './difflib-py.js';
import { initDoctestModule } from './doctest.js';
import { ENUM_PY } from './enum-py.js';
import { ERRNO_PY } from './errno-py.js';
import { EXCEPTIONGROUP_PY } from './exceptiongroup-py.js';
import { FAULTHANDLER_PY } from './faulthandler-py.js';
import { FILEINPUT_PY } from './fileinput-py.js';
import { FILEIO_PY } from './fileio-py.js';
import { initFnmatchNativeModule } from './fnmatch-native.js';
import { FNMATCH_PY } from './fnmatch-py.js';
import { FRACTIONS_PY } from './fractions-py.js';
import { FUTURE_PY } from './future-py.js';
import { CONCURRENT_PY, FUTURES_PY } from './futures-py.js';
import { GETOPT_PY } from './getopt-py.js';
import { GLOB_PY } from './glob-py.js';
import { GRAPHLIB_PY } from './graphlib-py.js';
import { GZIP_PY } from './gzip-py.js';
import { HMAC_PY } from './hmac-py.js';
import { initHtmlEntitiesModule, initHtmlNativeModule } from './html-entities.js';
import { HTML_PARSER_PY } from './html-parser-py.js';
import { HTML_PY } from './html-py.js';
import { HTTP_PY } from './http-py.js';
import { initImportlibUtilModule } from './importlib-util.js';
import { INSPECT_PY } from './inspect-py.js';
import { INSPECT_SIGNATURE_PY } from './inspect-signature-py.js';
import { IO_PY } from './io-py.js';
import { IPADDRESS_PY } from './ipaddress-py.js';
import { LOCALE_PY } from './locale-py.js';
import { LOGGING_PY } from './logging-py.js';
import { NUMBERS_PY } from './numbers-py.js';
import { OPTPARSE_PY } from './optparse-py.js';
import { OS_PY, POSIXPATH_PY } from './os-py.js';
import { PATHLIB_PY } from './pathlib-py.js';
import { definePickleNatives } from './pickle-native.js';
import { PICKLE_C_PY, PICKLE_PY } from './pickle-py.js';
import { PLATFORM_PY } from './platform-py.js';
import { PPRINT_PY } from './pprint-py.js';
import { PYDOC_PY } from './pydoc-py.js';
import { initPymmNativeModule } from './pymm-native.js';
import { PYMM_PY } from './pymm-py.js';
import { KEYWORD_PY, QUEUE_PY } from './queue-py.js';
import { REPRLIB_PY } from './reprlib-py.js';
import { SCHED_PY } from './sched-py.js';
import { SECRETS_PY } from './secrets-py.js';
import { initShlexNativeModule } from './shlex-native.js';
import { SHLEX_PY } from './shlex-py.js';
import { SHUTIL_PY } from './shutil-py.js';
import { initSignalModule } from './signal.js';
import { SITEBUILTINS_PY } from './sitebuiltins-py.js';
import { STAT_PY } from './stat-py.js';
import { STATISTICS_PY } from './statistics-py.js';
import { STRING_C_PY, STRING_PY } from './string-py.js';
import { TEMPFILE_PY } from './tempfile-py.js';
import { withoutGC } from './testcapi.js';
import { TEXTWRAP_PY } from './textwrap-py.js';
import { THIS_PY } from './this-py.js';
import { THREAD_PY } from './thread-py.js';
import { THREADING_PY } from './threading-py.js';
import { TIMEIT_PY } from './timeit-py.js';
import { TOMLLIB_PY } from './tomllib-py.js';
import { runWithTpNameHook } from './tpname.js';
import { TYPING_PY } from './typing-py.js';
import { initUnicodedataModule } from './unicodedata.js';
import { URLLIB_PARSE_PY, URLLIB_PY } from './urllib-parse-py.js';
import { UUID_PY } from './uuid-py.js';
import { initVfsModule } from './vfs-py.js';
import { WARNINGS_PY } from './warnings-py.js';
import { XML_DOM_PY, XML_EXPAT_PY, XML_PARSERS_PY } from './xml-dom-py.js';
import { XML_ELEMENTPATH_PY } from './xml-elementpath-py.js';
import { XML_ETREE_PY } from './xml-etree-py.js';
import { XML_ETREE_WRITE_PY } from './xml-etree-write-py.js';
import { XML_MINIDOM_PY } from './xml-minidom-py.js';
import { XML_SAX_HANDLER_PY, XML_SAX_PY, XML_SAX_SAXUTILS_PY, XML_SAX_XMLREADER_PY } from './xml-sax-py.js';
import { XML_SCAN_PY } from './xml-scan-py.js';

/** A module init that runs `source` as `<frozen NAME>`. */
function frozen(name: string, source: string) {
  return (interp: Interpreter, _module: Ptr, dict: Ptr): void => {
    interp.runPythonInto(source, `<frozen ${name}>`, dict);
  };
}

/** A module init that runs `source` as `<frozen NAME>` with the `_set_tp_name` hook. */
function frozenC(name: string, source: string) {
  return (interp: Interpreter, _module: Ptr, dict: Ptr): void => {
    runWithTpNameHook(interp, source, `<frozen ${name}>`, dict);
  };
}

/** `init`, for a module whose CPython counterpart is C: tracebacks leave its frames out. */
function cFrames(name: string, init: (interp: Interpreter, module: Ptr, dict: Ptr) => void) {
  return (interp: Interpreter, module: Ptr, dict: Ptr): void => {
    interp.hiddenTracebackFiles ??= new Set();
    interp.hiddenTracebackFiles.add(`<frozen ${name}>`);
    init(interp, module, dict);
  };
}

/** Runs the array module; its `array` type is what memoryview() accepts as an exporter. */
function initArrayModule(interp: Interpreter, module: Ptr, dict: Ptr): void {
  frozenC('array', ARRAY_PY)(interp, module, dict);
  const t = interp.n.dictGet(dict, interp.n.intern('array'));
  if (t !== NULL && (interp.arrayType ?? NULL) === NULL) interp.arrayType = interp.ref(t);
}

/**
 * Runs a module whose classes stand for C types that the collector does not track
 * (datetime's, decimal's): their instances hold no references the collector follows, and
 * tracebacks leave the module's frames out (CPython's _datetime and _decimal are C).
 */
function untrackedClasses(name: string, source: string, classes: string[]) {
  return (interp: Interpreter, module: Ptr, dict: Ptr): void => {
    interp.hiddenTracebackFiles ??= new Set();
    interp.hiddenTracebackFiles.add(`<frozen ${name}>`);
    frozenC(name, source)(interp, module, dict);
    for (const cls of classes) {
      const t = interp.n.dictGet(dict, interp.n.intern(cls));
      if (t !== NULL) withoutGC(interp, t);
    }
  };
}

/**
 * Runs pickle, whose frames tracebacks leave out and the recursion limit does not count
 * (CPython's pickler is C); `_enter_recursive_call` / `_leave_recursive_call` are its
 * Py_EnterRecursiveCall(" while pickling an object") and Py_LeaveRecursiveCall, `_id` its
 * id() without a guard of its own.
 */
function initPickleModule(interp: Interpreter, module: Ptr, dict: Ptr): void {
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen pickle>');
  const space = interp.space;
  interp.defNative(dict, '_enter_recursive_call', (_s, a) => {
    checkRecursionHeadroom(space, 1, a.length > 0 ? interp.n.jsStr(a[0]) : ' while pickling an object');
    recursionGuardState(space).depth++;
    return interp.newNone();
  });
  // id() without METH_O's recursion check: the C pickler reads the object's address.
  interp.defNative(dict, '_id', (_s, a) => interp.n.int(a[0]));
  interp.defNative(dict, '_leave_recursive_call', () => {
    recursionGuardState(space).depth--;
    return interp.newNone();
  });
  definePickleNatives(interp, dict);
  frozen('pickle', PICKLE_PY)(interp, module, dict);
}

/** Runs _contextvars, whose frames tracebacks leave out (CPython's is C). */
function initContextvarsModule(interp: Interpreter, module: Ptr, dict: Ptr): void {
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen _contextvars>');
  frozenC('_contextvars', CONTEXTVARS_C_PY)(interp, module, dict);
}

/** Runs warnings, whose frames tracebacks leave out (CPython's warn and warn_explicit are C). */
function initWarningsModule(interp: Interpreter, module: Ptr, dict: Ptr): void {
  interp.hiddenTracebackFiles ??= new Set();
  interp.hiddenTracebackFiles.add('<frozen warnings>');
  frozen('warnings', WARNINGS_PY)(interp, module, dict);
}

/** The pure-Python modules by name, for the interpreter's module registry. */
export const PURE_PYTHON_MODULES: [string, (interp: Interpreter, module: Ptr, dict: Ptr) => void][] = [
  ['copy', frozen('copy', COPY_PY)],
  ['pickle', initPickleModule],
  ['_pickle', frozen('_pickle', PICKLE_C_PY)],
  ['contextlib', frozen('contextlib', CONTEXTLIB_PY)],
  ['string', frozen('string', STRING_PY)],
  ['_string', frozen('_string', STRING_C_PY)],
  ['_strptime', frozen('_strptime', STRPTIME_PY)],
  ['enum', frozen('enum', ENUM_PY)],
  ['dataclasses', frozen('dataclasses', DATACLASSES_PY)],
  ['typing', frozen('typing', TYPING_PY)],
  ['__future__', frozen('__future__', FUTURE_PY)],
  ['io', cFrames('io', frozenC('io', IO_PY))],
  ['array', cFrames('array', initArrayModule)],
  ['base64', frozen('base64', BASE64_PY)],
  ['binascii', cFrames('binascii', frozen('binascii', BINASCII_PY))],
  ['_exceptiongroup', frozen('_exceptiongroup', EXCEPTIONGROUP_PY)],
  ['numbers', frozen('numbers', NUMBERS_PY)],
  ['fractions', frozen('fractions', FRACTIONS_PY)],
  ['statistics', frozen('statistics', STATISTICS_PY)],
  ['pprint', frozen('pprint', PPRINT_PY)],
  ['textwrap', frozen('textwrap', TEXTWRAP_PY)],
  ['warnings', initWarningsModule],
  ['timeit', frozen('timeit', TIMEIT_PY)],
  ['queue', frozen('queue', QUEUE_PY)],
  ['csv', frozen('csv', CSV_PY)],
  ['calendar', frozen('calendar', CALENDAR_PY)],
  ['graphlib', frozen('graphlib', GRAPHLIB_PY)],
  ['ipaddress', frozen('ipaddress', IPADDRESS_PY)],
  ['tomllib', frozen('tomllib', TOMLLIB_PY)],
  ['optparse', frozen('optparse', OPTPARSE_PY)],
  ['keyword', frozen('keyword', KEYWORD_PY)],
  ['reprlib', frozen('reprlib', REPRLIB_PY)],
  ['logging', frozen('logging', LOGGING_PY)],
  [
    'datetime',
    untrackedClasses('datetime', DATETIME_PY, [
      'timedelta',
      'date',
      'tzinfo',
      'timezone',
      'time',
      'datetime',
    ]),
  ],
  ['os', frozen('os', OS_PY)],
  ['argparse', frozen('argparse', ARGPARSE_PY)],
  ['decimal', untrackedClasses('decimal', DECIMAL_PY, ['Decimal'])],
  ['posixpath', frozen('posixpath', POSIXPATH_PY)],
  ['threading', frozen('threading', THREADING_PY)],
  ['concurrent', frozen('concurrent', CONCURRENT_PY)],
  ['concurrent.futures', frozen('concurrent.futures', FUTURES_PY)],
  ['fnmatch', frozen('fnmatch', FNMATCH_PY)],
  ['_fnmatch', initFnmatchNativeModule],
  ['shlex', frozen('shlex', SHLEX_PY)],
  ['_shlex', initShlexNativeModule],
  ['pymm', frozen('pymm', PYMM_PY)],
  ['_pymm', initPymmNativeModule],
  ['html', frozen('html', HTML_PY)],
  ['difflib', frozen('difflib', DIFFLIB_PY)],
  ['_difflib', initDifflibNativeModule],
  ['unicodedata', initUnicodedataModule],
  ['codecs', frozen('codecs', CODECS_PY)],
  ['html.entities', initHtmlEntitiesModule],
  ['_html', initHtmlNativeModule],
  ['html.parser', frozen('html.parser', HTML_PARSER_PY)],
  ['_vfs', initVfsModule],
  ['_fileio', cFrames('_fileio', frozenC('_fileio', FILEIO_PY))],
  ['stat', frozen('stat', STAT_PY)],
  ['glob', frozen('glob', GLOB_PY)],
  ['tempfile', frozen('tempfile', TEMPFILE_PY)],
  ['shutil', frozen('shutil', SHUTIL_PY)],
  ['pathlib', frozen('pathlib', PATHLIB_PY)],
  ['inspect', frozen('inspect', INSPECT_PY + INSPECT_SIGNATURE_PY)],
  ['_contextvars', initContextvarsModule],
  ['contextvars', frozen('contextvars', CONTEXTVARS_PY)],
  ['doctest', initDoctestModule],
  ['cmath', frozen('cmath', CMATH_PY)],
  ['uuid', frozen('uuid', UUID_PY)],
  ['secrets', frozen('secrets', SECRETS_PY)],
  ['hmac', frozen('hmac', HMAC_PY)],
  ['gzip', frozen('gzip', GZIP_PY)],
  ['configparser', frozen('configparser', CONFIGPARSER_PY)],
  ['errno', frozen('errno', ERRNO_PY)],
  ['platform', frozen('platform', PLATFORM_PY)],
  ['colorsys', frozen('colorsys', COLORSYS_PY)],
  ['this', frozen('this', THIS_PY)],
  ['_sitebuiltins', frozen('_sitebuiltins', SITEBUILTINS_PY)],
  ['pydoc', frozen('pydoc', PYDOC_PY)],
  ['ast', initAstModule],
  ['urllib', frozen('urllib', URLLIB_PY)],
  ['urllib.parse', frozen('urllib.parse', URLLIB_PARSE_PY)],
  ['getopt', frozen('getopt', GETOPT_PY)],
  ['sched', frozen('sched', SCHED_PY)],
  ['signal', initSignalModule],
  ['locale', frozen('locale', LOCALE_PY)],
  ['faulthandler', frozen('faulthandler', FAULTHANDLER_PY)],
  ['_thread', frozen('_thread', THREAD_PY)],
  ['importlib.util', initImportlibUtilModule],
  ['fileinput', frozen('fileinput', FILEINPUT_PY)],
  ['http', frozen('http', HTTP_PY)],
  ['xml', frozen('xml', '"""Core XML support for Python."""\n__path__ = []\n')],
  ['xml.etree', frozen('xml.etree', '__path__ = []\n')],
  ['xml.etree.ElementPath', frozen('xml.etree.ElementPath', XML_ELEMENTPATH_PY)],
  ['xml.dom', frozen('xml.dom', XML_DOM_PY)],
  ['xml.dom.minidom', frozen('xml.dom.minidom', XML_MINIDOM_PY)],
  ['xml.parsers', frozen('xml.parsers', XML_PARSERS_PY)],
  ['xml.parsers.expat', frozen('xml.parsers.expat', XML_EXPAT_PY)],
  ['xml.sax', frozen('xml.sax', XML_SAX_PY)],
  ['xml.sax.handler', frozen('xml.sax.handler', XML_SAX_HANDLER_PY)],
  ['xml.sax.xmlreader', frozen('xml.sax.xmlreader', XML_SAX_XMLREADER_PY)],
  ['xml.sax.saxutils', frozen('xml.sax.saxutils', XML_SAX_SAXUTILS_PY)],
  ['_xmlscan', cFrames('_xmlscan', frozen('_xmlscan', XML_SCAN_PY))],
  [
    'xml.etree.ElementTree',
    cFrames('xml.etree.ElementTree', frozenC('xml.etree.ElementTree', XML_ETREE_PY + XML_ETREE_WRITE_PY)),
  ],
];
