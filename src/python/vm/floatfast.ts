// Float arithmetic without the generic operator path: CPython 3.11's BINARY_OP_ADD_FLOAT,
// BINARY_OP_SUBTRACT_FLOAT and BINARY_OP_MULTIPLY_FLOAT, widened to what float_add & co. and
// long_true_divide do for the operands they see most.
//
// An operand is an exact float, or an exact int whose value is a safe JS integer (|v| < 2^53):
// float's slots convert such an int to a double exactly (PyLong_AsDouble), and
// long_true_divide's fast path divides two of them as doubles, which is the correctly
// rounded quotient CPython promises. So `+ - *` with a float on either side and `/` with
// any such pair are one IEEE operation here, bit for bit CPython's result. Everything else
// (bool and subclasses, big ints, `//`, `%`, `**`, a zero divisor and its
// ZeroDivisionError) returns NULL and takes the generic path.

import { OB_TYPE } from '../../gc/index.js';
import { NULL, type Ptr } from '../../heap/index.js';
import { FLOAT_FVAL, float_fromDouble, type ObjectSpace } from '../../objects/index.js';
import { safeIntValue } from './intfast.js';

// The operator numbers of ops.ts (nb_add's order): + − × /.
const ADD = 0;
const SUBTRACT = 10;
const MULTIPLY = 5;
const TRUE_DIVIDE = 11;

/** `a op b` (op without the in-place offset) when both are floats or small ints and op is + − × /; else NULL. */
export function floatBinary(space: ObjectSpace, a: Ptr, b: Ptr, op: number): Ptr {
  if (op !== ADD && op !== SUBTRACT && op !== MULTIPLY && op !== TRUE_DIVIDE) return NULL;
  const floatType = space.floats.type;
  const u32 = space.rt.mem.u32;
  // int ∘ int stays with int's own paths, but for long_true_divide's.
  if (op !== TRUE_DIVIDE && u32[(a + OB_TYPE) >>> 2] !== floatType && u32[(b + OB_TYPE) >>> 2] !== floatType)
    return NULL;
  const x = operand(space, a);
  if (!operandOk) return NULL;
  const y = operand(space, b);
  if (!operandOk) return NULL;
  switch (op) {
    case ADD:
      return float_fromDouble(space, x + y);
    case SUBTRACT:
      return float_fromDouble(space, x - y);
    case MULTIPLY:
      return float_fromDouble(space, x * y);
    default:
      return y === 0 ? NULL : float_fromDouble(space, x / y);
  }
}

// The double an exact float or a safe exact int stands for; `operandOk` says whether there
// was one (NaN is a float's value too, so it cannot say so itself).
let operandOk = false;
function operand(space: ObjectSpace, op: Ptr): number {
  const mem = space.rt.mem;
  const type = mem.u32[(op + OB_TYPE) >>> 2];
  if (type === space.floats.type) {
    operandOk = true;
    return mem.f64[(op + FLOAT_FVAL) >>> 3];
  }
  if (type === space.ints.type) {
    const v = safeIntValue(mem, op);
    operandOk = !Number.isNaN(v);
    return v;
  }
  operandOk = false;
  return 0;
}

/**
 * float_richcompare for a float against a float or a safe int (either side): 1 or 0 for
 * `a op b` (op: < <= == != > >=, 0..5), or −1 when the operands are not such a pair.
 */
export function floatCompare(space: ObjectSpace, a: Ptr, b: Ptr, op: number): number {
  const floatType = space.floats.type;
  const u32 = space.rt.mem.u32;
  if (u32[(a + OB_TYPE) >>> 2] !== floatType && u32[(b + OB_TYPE) >>> 2] !== floatType) return -1;
  const x = operand(space, a);
  if (!operandOk) return -1;
  const y = operand(space, b);
  if (!operandOk) return -1;
  switch (op) {
    case 0:
      return x < y ? 1 : 0;
    case 1:
      return x <= y ? 1 : 0;
    case 2:
      return x === y ? 1 : 0;
    case 3:
      return x !== y ? 1 : 0;
    case 4:
      return x > y ? 1 : 0;
    default:
      return x >= y ? 1 : 0;
  }
}
