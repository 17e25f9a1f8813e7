/**
 * Brands: how the library recognises the objects it made (calendars, service hours, errors) without
 * relying on `instanceof` of one copy's classes.
 *
 * The package ships an ESM and a CJS build, and a program can load both (one dependency `import`s
 * the package, another `require`s it): each build has its own classes, so a calendar made by one is
 * not an `instanceof` the other's class (the dual-package hazard). A brand is a property keyed by a
 * registered symbol (`Symbol.for`), the same symbol in every copy of the library, whose value is the
 * version of the internal protocol the object speaks: the day-number and epoch-ms methods the clocks
 * and engines call. An object of another protocol version (a much older or newer copy of the library)
 * is refused with the same clear error as a hand-made look-alike, rather than trusted.
 */

/** The brand of working-day calendars. */
export const CALENDAR_BRAND: unique symbol = Symbol.for('contract-terms.calendar') as never;
/** The brand of service hours. */
export const SERVICE_HOURS_BRAND: unique symbol = Symbol.for('contract-terms.service-hours') as never;
/** The brand of the library's errors (for `instanceof` across copies: errors/errors.ts). */
export const ERROR_BRAND: unique symbol = Symbol.for('contract-terms.error') as never;

/**
 * The internal protocol version the brands carry. Raise it when a branded class changes a method
 * another copy of the library may call.
 */
export const BRAND_PROTOCOL = 1;

/** Whether `value` carries `brand` with this copy's protocol version. */
export function hasBrand(value: unknown, brand: symbol): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [key: symbol]: unknown })[brand] === BRAND_PROTOCOL
  );
}
