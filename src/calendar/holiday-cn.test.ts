import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CalendarDataError } from '../errors/errors.js';
import { isCivilDate } from '../time/civil-date.js';
import { readHolidayCnFile } from './holiday-cn.js';

/**
 * The schema the hand-written shape check replaced (to keep zod out of a calendar-only bundle): the
 * oracle of what the holiday-cn format accepts.
 */
const oracle = z
  .object({
    $schema: z.string().optional(),
    $id: z.string().optional(),
    year: z.number().int().min(1949).max(9998),
    papers: z.array(z.string()),
    days: z.array(
      z
        .object({ name: z.string().min(1), date: z.string().refine(isCivilDate), isOffDay: z.boolean() })
        .strict(),
    ),
  })
  .strict();

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant([]),
  fc.constant({}),
);
const day = fc.record(
  {
    name: fc.oneof(fc.constantFrom('元旦', ''), anyValue),
    date: fc.oneof(fc.constantFrom('2027-01-01', '2027-02-30', '2027-1-1'), anyValue),
    isOffDay: fc.oneof(fc.boolean(), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const file = fc.record(
  {
    $schema: fc.oneof(fc.string(), anyValue),
    year: fc.oneof(fc.constantFrom(1948, 1949, 2027, 9998, 9999, 2027.5), anyValue),
    papers: fc.oneof(fc.array(fc.oneof(fc.string(), anyValue), { maxLength: 2 }), anyValue),
    days: fc.oneof(fc.array(fc.oneof(day, anyValue), { maxLength: 3 }), anyValue),
    other: anyValue,
  },
  { requiredKeys: [] },
);

/** Whether the reader refused the value for its shape (not for what the days say). */
function shapeRefused(value: unknown): boolean {
  try {
    readHolidayCnFile(value, 'extraYears[0]');
    return false;
  } catch (error) {
    if (!(error instanceof CalendarDataError)) throw error;
    return (error.params as { reason: { key: string } }).reason.key === 'shape';
  }
}

describe('readHolidayCnFile: the shape of a holiday-cn file', () => {
  it('accepts exactly what the holiday-cn schema accepts', () => {
    fc.assert(
      // Text is read as JSON first (a string is never a file's shape): values only.
      fc.property(
        fc.oneof(
          file,
          anyValue.filter((v) => typeof v !== 'string'),
        ),
        (value) => {
          expect(shapeRefused(value)).toBe(!oracle.safeParse(value).success);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names the place and the problem', () => {
    const at = (value: unknown) => {
      try {
        readHolidayCnFile(value, 'f');
      } catch (error) {
        return (error as CalendarDataError).params;
      }
      return undefined;
    };
    expect(at({ year: '2027', papers: [], days: [] })).toMatchObject({
      reason: { key: 'shape', at: 'year', problem: 'type', expected: 'number' },
    });
    expect(
      at({ year: 2027, papers: [], days: [{ name: 'x', date: '2027-02-30', isOffDay: true }] }),
    ).toMatchObject({ reason: { key: 'shape', at: 'days.0.date', problem: 'date' } });
    // A day with a field the schema does not know (CI's property found one the reader let pass).
    expect(
      at({
        year: 2027,
        papers: [],
        days: [{ name: '元旦', date: '2027-01-01', isOffDay: false, extra: null }],
      }),
    ).toMatchObject({ reason: { key: 'shape', at: 'days.0', problem: 'unknown-fields', fields: ['extra'] } });
    expect(at({ year: 2027, papers: [], days: [], extra: 1 })).toMatchObject({
      reason: { key: 'shape', at: '', problem: 'unknown-fields', fields: ['extra'] },
    });
    expect(at({ year: 1900, papers: [], days: [] })).toMatchObject({
      reason: { key: 'shape', at: 'year', problem: 'too-small' },
    });
  });
});
