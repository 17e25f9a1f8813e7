/**
 * Compile-time checks that a constant list and the union type it spells agree. The public types are
 * written as literal unions (`type DayKind = 'workday' | ...`), so that the published declarations
 * need no constant of the library; the constants the code iterates stay internal, and these checks
 * keep the two from drifting apart. Types only: nothing here exists at run time.
 */

/** Compiles only when `T` is `true`. */
export type Assert<T extends true> = T;

/** `true` when the list `L` names every member of the union `U` (and nothing else, by its own type). */
export type ListsAll<U, L extends readonly U[]> = [Exclude<U, L[number]>] extends [never] ? true : false;
