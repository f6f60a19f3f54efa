// str.format and str.format_map as Objects/stringlib/unicode_format.h: MarkupIterator over
// literal text and `{field!conv:spec}` markup, field names split into a first part (an index
// or a keyword) and `.attr` / `[key]` steps, auto-numbering that cannot be mixed with manual
// numbering, format specs expanded recursively (two levels), and CPython's error messages.

import { NULL, type Ptr } from '../../heap/index.js';
import { PyErr } from '../../objects/index.js';
import { Interpreter } from './interp.js';

declare module './interp.js' {
  interface Interpreter {
    /** str.format; with `mapping`, names are looked up in it (str.format_map). */
    strFormat(format: string, args: Ptr[], kwnames: Ptr[] | null, mapping?: Ptr): string;
  }
}

/** One replacement field: its name, conversion character ('' for none) and format spec. */
interface Markup {
  name: string;
  conversion: string;
  spec: string;
  specNeedsExpanding: boolean;
}

/** The auto-numbering state shared by a format string and its nested specs. */
interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

const err = (msg: string) => new PyErr('ValueError', msg);

// get_integer: the decimal value of an all-digit string, else -1 (empty: -1).
function getInteger(s: string): number {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  if (s.length > 18) throw err('Too many decimal digits in format string');
  return Number(s);
}

// MarkupIterator_next + parse_field: the literal text before the next field, and the field.
function* markup(s: string): Generator<[string, Markup | null]> {
  let pos = 0;
  while (pos < s.length) {
    const start = pos;
    let c = '';
    let follows = false;
    while (pos < s.length) {
      c = s[pos++];
      if (c === '{' || c === '}') {
        follows = true;
        break;
      }
    }
    const atEnd = pos >= s.length;
    let len = pos - start;
    if (c === '}' && follows && (atEnd || s[pos] !== '}'))
      throw err("Single '}' encountered in format string");
    if (atEnd && c === '{' && follows) throw err("Single '{' encountered in format string");
    if (!atEnd && follows) {
      if (s[pos] === c) {
        pos++;
        follows = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!follows) {
      yield [literal, null];
      continue;
    }
    // parse_field: the name ends at ':' or '!' or '}' (a '[...]' may hold any of them).
    const nameStart = pos;
    c = '';
    while (pos < s.length) {
      c = s[pos++];
      if (c === '{') throw err("unexpected '{' in field name");
      if (c === '[') {
        while (pos < s.length && s[pos] !== ']') pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const field: Markup = { name: '', conversion: '', spec: '', specNeedsExpanding: false };
    if (c === '!' || c === ':') {
      field.name = s.slice(nameStart, pos - 1);
      let specDone = false;
      if (c === '!') {
        if (pos >= s.length) throw err('end of string while looking for conversion specifier');
        field.conversion = s[pos++];
        if (pos < s.length) {
          const d = s[pos++];
          if (d === '}') specDone = true;
          else if (d !== ':') throw err("expected ':' after conversion specifier");
        }
      }
      if (!specDone) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < s.length) {
          const d = s[pos++];
          if (d === '{') {
            field.specNeedsExpanding = true;
            count++;
          } else if (d === '}') {
            count--;
            if (count === 0) {
              field.spec = s.slice(specStart, pos - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) throw err("unmatched '{' in format spec");
      }
    } else if (c !== '}') {
      throw err("expected '}' before end of string");
    } else {
      field.name = s.slice(nameStart, pos - 1);
    }
    yield [literal, field];
  }
}

// FieldNameIterator_next over the rest of a field name: ['.', name] or ['[', key] steps.
function* nameSteps(rest: string): Generator<[boolean, string]> {
  let pos = 0;
  while (pos < rest.length) {
    const c = rest[pos++];
    let name: string;
    let isAttr: boolean;
    if (c === '.') {
      isAttr = true;
      const start = pos;
      while (pos < rest.length && rest[pos] !== '.' && rest[pos] !== '[') pos++;
      name = rest.slice(start, pos);
    } else if (c === '[') {
      isAttr = false;
      const start = pos;
      while (pos < rest.length && rest[pos] !== ']') pos++;
      if (pos >= rest.length) throw err("Missing ']' in format string");
      name = rest.slice(start, pos);
      pos++;
    } else {
      throw err("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name === '') throw err('Empty attribute in format string');
    yield [isAttr, name];
  }
}

const I = Interpreter.prototype;

I.strFormat = function (
  this: Interpreter,
  format: string,
  args: Ptr[],
  kwnames: Ptr[] | null,
  mapping?: Ptr,
): string {
  const n = this.n;
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map<string, Ptr>();
  for (let i = 0; i < nkw; i++) kw.set(n.jsStr((kwnames as Ptr[])[i]), args[pos.length + i]);
  const auto: AutoNumber = { state: 'init', next: 0 };

  // get_field_object: the object a field name designates (a new reference).
  const fieldObject = (fieldName: string): Ptr => {
    let i = 0;
    while (i < fieldName.length && fieldName[i] !== '.' && fieldName[i] !== '[') i++;
    const first = fieldName.slice(0, i);
    let index = getInteger(first);
    const empty = first === '';
    if (empty || index !== -1) {
      if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
      if (auto.state === 'manual' && empty)
        throw err('cannot switch from manual field specification to automatic field numbering');
      if (auto.state === 'auto' && !empty)
        throw err('cannot switch from automatic field numbering to manual field specification');
      if (empty) index = auto.next++;
    }
    let obj: Ptr;
    if (index === -1) {
      const key = n.str(first);
      try {
        if (mapping !== undefined) obj = this.getItem(mapping, key);
        else {
          const v = kw.get(first);
          if (v === undefined) throw new PyErr('KeyError', `'${first}'`);
          obj = this.ref(v);
        }
      } finally {
        this.decref(key);
      }
    } else {
      if (mapping !== undefined) throw err('Format string contains positional fields');
      if (index >= pos.length)
        throw new PyErr('IndexError', `Replacement index ${index} out of range for positional args tuple`);
      obj = this.ref(pos[index]);
    }
    try {
      for (const [isAttr, name] of nameSteps(fieldName.slice(i))) {
        let next: Ptr;
        if (isAttr) next = this.getAttr(obj, n.intern(name));
        else {
          const k = getInteger(name);
          const key = k === -1 ? n.str(name) : n.int(k);
          try {
            next = this.getItem(obj, key);
          } finally {
            this.decref(key);
          }
        }
        this.decref(obj);
        obj = next;
      }
    } catch (e) {
      this.decref(obj);
      throw e;
    }
    return obj;
  };

  // build_string: the format string with every field replaced, `depth` levels of nesting left.
  const build = (s: string, depth: number): string => {
    if (depth <= 0) throw err('Max string recursion exceeded');
    let out = '';
    for (const [literal, field] of markup(s)) {
      out += literal;
      if (field === null) continue;
      let obj = fieldObject(field.name);
      try {
        if (field.conversion !== '') {
          const conv = field.conversion;
          if (conv !== 'r' && conv !== 's' && conv !== 'a') {
            const code = conv.codePointAt(0) ?? 0;
            throw err(
              code > 32 && code < 127
                ? `Unknown conversion specifier ${conv}`
                : `Unknown conversion specifier \\x${code.toString(16)}`,
            );
          }
          const text = this.formatValue(obj, conv.charCodeAt(0), NULL);
          this.decref(obj);
          obj = text;
        }
        const spec = field.specNeedsExpanding ? build(field.spec, depth - 1) : field.spec;
        out += this.formatOf(obj, spec);
      } finally {
        this.decref(obj);
      }
    }
    return out;
  };
  return build(format, 2);
};
