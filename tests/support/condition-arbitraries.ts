/**
 * fast-check arbitraries of JSON Logic conditions and ticket fields, shared by the condition tests
 * and the service-level purity properties: every allowed operation, paths into nested fields and
 * arrays, the whole ticket (`{"var": ""}`), and field values of every JSON type.
 */
import fc from 'fast-check';

export const PATHS = [
  'channel',
  'priority',
  'tags',
  'n',
  'customer',
  'customer.tier',
  'tags.0',
  'tags.length',
  'x',
  '',
];
export const KEYS = PATHS.filter((path) => path !== '');

export const literalArb = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', 'a', 'email', 'high', '1', '0', ' 2 ', 'x,y', '-1'),
  fc.string({ maxLength: 4 }),
);

export const { expr: exprArb } = fc.letrec<{ expr: unknown; op: unknown }>((tie) => {
  const expr = tie('expr');
  const list = (min: number, max: number) => fc.array(expr, { minLength: min, maxLength: max });
  const call = (ops: string[], args: fc.Arbitrary<unknown[]>) =>
    fc.tuple(fc.constantFrom(...ops), args).map(([op, values]) => ({ [op]: values }));
  return {
    expr: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'expr' },
      literalArb,
      fc.constantFrom(...PATHS).map((path) => ({ var: path })),
      tie('op'),
      tie('op'),
    ),
    op: fc.oneof(
      { depthIdentifier: 'expr' },
      call(
        ['==', '===', '!=', '!==', '>', '>=', 'in', '/', '%', 'all', 'some', 'none', 'map', 'filter'],
        list(2, 2),
      ),
      call(['<', '<='], list(2, 3)),
      call(['!', '!!'], list(1, 1)),
      call(['and', 'or', 'if', '+', 'min', 'max', 'cat', 'merge'], list(1, 3)),
      call(['*'], list(2, 3)),
      call(['-'], list(1, 2)),
      call(['?:'], list(3, 3)),
      call(['substr'], list(2, 3)),
      fc.tuple(fc.constantFrom(...PATHS), expr).map(([path, fallback]) => ({ var: [path, fallback] })),
      fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 3 }).map((keys) => ({ missing: keys })),
      fc
        .tuple(fc.nat(3), fc.array(fc.constantFrom(...KEYS), { maxLength: 3 }))
        .map(([count, keys]) => ({ missing_some: [count, keys] })),
      list(0, 3),
    ),
  };
});

export const fieldsArb = fc.dictionary(
  fc.constantFrom('channel', 'priority', 'tags', 'n', 'customer', 'x'),
  fc.oneof(literalArb, fc.jsonValue({ maxDepth: 3 })),
);
