// repr(float): the shortest text that reads back as the same double (Python/pystrtod.c,
// format code 'r').
//
// The digits are JS's shortest round-trip digits (ECMAScript's Number::toString picks the
// same digits as David Gay's shortest mode: fewest digits, then closest to the exact value).
// Python's layout differs from JS's: fixed notation while −4 < exponent < 16 (with ".0"
// for integral values), otherwise d.ddde±XX with at least two exponent digits.

/** float_repr: repr(x) exactly as Python prints it. */
export function float_repr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Number.POSITIVE_INFINITY) return 'inf';
  if (x === Number.NEGATIVE_INFINITY) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest digits: "d.ddde±X".
  const e = Math.abs(x).toExponential();
  const at = e.indexOf('e');
  const digits = e.slice(0, at).replace('.', '');
  const exp = Number(e.slice(at + 1));
  // decpt: where the decimal point goes relative to the digits (Python's format_float_short).
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const mant = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const ee = exp < 0 ? `-${String(-exp).padStart(2, '0')}` : `+${String(exp).padStart(2, '0')}`;
  return `${sign}${mant}e${ee}`;
}
