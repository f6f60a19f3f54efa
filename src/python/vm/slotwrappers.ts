// Which methods of built-in types are slot wrappers (wrapper_descriptor, bound: method-wrapper)
// and which are method descriptors, as CPython's slotdefs table and tp_methods decide. The two
// kinds print differently (`<slot wrapper '__add__' of 'int' objects>`, `<method 'upper' of
// 'str' objects>`) and word their argument-check errors differently.

/** The dunder names typeobject.c's slotdefs wrap as slot wrappers. */
const SLOT_NAMES = new Set([
  '__getattribute__',
  '__setattr__',
  '__delattr__',
  '__repr__',
  '__hash__',
  '__call__',
  '__str__',
  '__lt__',
  '__le__',
  '__eq__',
  '__ne__',
  '__gt__',
  '__ge__',
  '__iter__',
  '__next__',
  '__get__',
  '__set__',
  '__delete__',
  '__init__',
  '__del__',
  '__await__',
  '__aiter__',
  '__anext__',
  '__neg__',
  '__pos__',
  '__abs__',
  '__bool__',
  '__invert__',
  '__int__',
  '__float__',
  '__index__',
  '__len__',
  '__getitem__',
  '__setitem__',
  '__delitem__',
  '__contains__',
]);
for (const op of [
  'add',
  'sub',
  'mul',
  'mod',
  'divmod',
  'pow',
  'lshift',
  'rshift',
  'and',
  'xor',
  'or',
  'floordiv',
  'truediv',
  'matmul',
]) {
  SLOT_NAMES.add(`__${op}__`);
  SLOT_NAMES.add(`__r${op}__`);
  if (op !== 'divmod') SLOT_NAMES.add(`__i${op}__`);
}

/** Dunders that these types define in tp_methods (method descriptors), though slotdefs has the name. */
const METHOD_DUNDERS: Record<string, string[]> = {
  list: ['__getitem__'],
  dict: ['__getitem__', '__contains__'],
  set: ['__contains__'],
  frozenset: ['__contains__'],
};

/** Whether `typeName.name` is a slot wrapper (else a method descriptor). */
export function isSlotWrapper(typeName: string, name: string): boolean {
  return SLOT_NAMES.has(name) && !METHOD_DUNDERS[typeName]?.includes(name);
}
