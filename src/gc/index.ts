// The gc layer (L1): reference counting, GC lists, generations, the cycle collector, the gc API.
export { GcModule } from './api.js';
export { Checker, type LiveObject, RefcountError } from './checked.js';
export { now } from './clock.js';
export { type CollectResult, collectMain } from './collect.js';
export * from './layout.js';
export * from './lists.js';
export { Phases } from './phases.js';
export { checkGeneration, Policy, type PolicyStats, type TimerPolicy, type Trigger } from './policy.js';
export { Runtime, type RuntimeHooks, type RuntimeOptions, TRASH_UNWIND_LEVEL } from './runtime.js';
export { NO_SLOTS, type RefsLayout, type TypeSlots, TypeTable, type Visit } from './slots.js';
export * from './state.js';
export * from './weakref.js';
