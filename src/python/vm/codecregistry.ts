// Text encodings the native codecs (codecs.ts) do not implement — unicode_escape,
// raw_unicode_escape, cp1252, … — reached from str.encode / bytes.decode through the codecs
// module's registry, as CPython's _PyCodec_EncodeText and _PyCodec_DecodeText do.

import type { Ptr } from '../../heap/index.js';
import { NULL } from '../../heap/index.js';
import * as O from '../../objects/index.js';
import { PyErr } from '../../objects/index.js';
import { PyException } from './exceptions.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /**
     * Encodes (str → bytes) or decodes (bytes-like → str) `obj` with the codec the codecs
     * module finds for `encoding`; a new reference to the result.
     */
    registryCodec(obj: Ptr, encoding: string, errors: string, encode: boolean): Ptr;
  }
}

const I = Interpreter.prototype;

I.registryCodec = function (
  this: Interpreter,
  obj: Ptr,
  encoding: string,
  errors: string,
  encode: boolean,
): Ptr {
  const n = this.n;
  const codecs = this.importModule(n.intern('codecs'), NULL, false);
  let info = NULL;
  let fn = NULL;
  let result = NULL;
  try {
    const lookup = this.getAttr(codecs, n.intern('lookup'));
    const enc = n.str(encoding);
    try {
      info = this.callBorrowed(lookup, [enc]);
    } catch (e) {
      // The C lookup raises with no Python frame of its own.
      if (e instanceof PyException && this.exceptionMatches(e.exc, this.exc.type('LookupError'))) {
        this.decref(e.exc);
        throw new PyErr('LookupError', `unknown encoding: ${encoding}`);
      }
      throw e;
    } finally {
      this.decref(enc);
      this.decref(lookup);
    }
    // _PyCodec_LookupTextEncoding: a codec marked as not a text encoding is refused.
    const flag = this.getAttrOrNull(info, n.intern('_is_text_encoding'));
    if (flag !== NULL) {
      const text = this.truthy(flag);
      this.decref(flag);
      if (!text) {
        const how = encode ? 'codecs.encode()' : 'codecs.decode()';
        throw new PyErr(
          'LookupError',
          `'${encoding}' is not a text encoding; use ${how} to handle arbitrary codecs`,
        );
      }
    }
    fn = this.getAttr(info, n.intern(encode ? 'encode' : 'decode'));
    const err = n.str(errors);
    try {
      result = this.callBorrowed(fn, [obj, err]);
    } finally {
      this.decref(err);
    }
    if (!n.isTuple(result) || n.tupleItems(result).length !== 2) {
      throw new PyErr('TypeError', `${encode ? 'encoder' : 'decoder'} must return a tuple (object, integer)`);
    }
    const v = n.tupleItems(result)[0];
    if (encode) {
      if (O.bytearray_check(this.space, v)) return n.bytes(O.bytearray_toU8(this.space, v));
      if (!n.isBytes(v)) {
        throw new PyErr(
          'TypeError',
          `'${encoding}' encoder returned '${this.space.typeName(v)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`,
        );
      }
    } else if (!n.isStr(v)) {
      throw new PyErr(
        'TypeError',
        `'${encoding}' decoder returned '${this.space.typeName(v)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`,
      );
    }
    return this.ref(v);
  } finally {
    if (result !== NULL) this.decref(result);
    if (fn !== NULL) this.decref(fn);
    if (info !== NULL) this.decref(info);
    this.decref(codecs);
  }
};
