/**
 * The published declarations declare the public surface and nothing else: what src/index.ts (and
 * src/regions.ts) export, and no engine behind them. Computed from the sources with the TypeScript
 * compiler (tests/support/declarations.ts: the declarations tsc emits, and every top-level
 * declaration an export's type reaches, which a declaration bundler must copy in); and, after
 * `npm run build`, read from dist/index.d.ts itself.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { declaredSurfaces, root, type Surface } from '../support/declarations.js';

/** The engines: implementation classes and records that no public type may show. */
const ENGINES = [
  'TableCalendar',
  'DayTable',
  'DaySource',
  'HoursEngine',
  'DeadlineContext',
  'Assembled',
  'BillingTerms', // the engine's own (billing/terms.ts); the public one is contract/views.ts's
  'SlaEngine',
  'TimeZone',
];

/**
 * Declarations a public type still reaches without exporting them. `MessageCode` is
 * `keyof typeof messages`, so the message catalogue's declaration comes along; it goes when the
 * codes are declared by domain (src/errors/messages/*.ts). Nothing may be added here.
 */
const KNOWN = ['JsonExpectation', 'Message', 'messages', 'Renderer', 'SchemaFormat'];

/** The names an entry exports, read from its source text (`export { a, type B } from ...`). */
function exportList(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names.sort();
}

let surfaces: Map<string, Surface>;

describe('the declared surface, from the sources', () => {
  beforeAll(() => {
    surfaces = declaredSurfaces(['src/index.ts', 'src/regions.ts']);
  }, 120_000);

  it('contract-terms declares exactly what src/index.ts exports', () => {
    expect(surfaces.get('src/index.ts')!.exported).toEqual(exportList('src/index.ts'));
    expect(surfaces.get('src/regions.ts')!.exported).toEqual(exportList('src/regions.ts'));
  });

  it('no public type reaches an engine or another internal declaration', () => {
    const leaked = surfaces.get('src/index.ts')!.leaked;
    const names = leaked.map((l) => l.name);
    for (const engine of ENGINES) expect(names).not.toContain(engine);
    // Each leak with the chain of types that reaches it, so a failure says where to cut.
    expect(
      leaked.filter((l) => !KNOWN.includes(l.name)).map((l) => `${l.name} (${l.file}) via ${l.via}`),
    ).toEqual([]);
    // A known leak that is gone must leave the list, so that the list only ever shrinks.
    expect(KNOWN.filter((name) => !names.includes(name))).toEqual([]);
  });

  it('contract-terms/regions reaches only types the main entry exports', () => {
    const main = new Set(surfaces.get('src/index.ts')!.exported);
    expect(
      surfaces.get('src/regions.ts')!.leaked.filter((l) => !main.has(l.name) && !KNOWN.includes(l.name)),
    ).toEqual([]);
  });
});

/** dist/index.d.ts when `npm run build` wrote it after the last change to src/ (CI builds, then runs this). */
function builtDeclarations(): string | undefined {
  const file = join(root, 'dist/index.d.ts');
  if (!existsSync(file)) return undefined;
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...ts.sys
        .readDirectory(join(root, dir), ['.ts'])
        .filter((f) => !f.endsWith('.test.ts'))
        .map((f) => statSync(f).mtimeMs),
    );
  return statSync(file).mtimeMs > newest('src') ? readFileSync(file, 'utf8') : undefined;
}

const built = builtDeclarations();
const required = process.env.CONTRACT_TERMS_REQUIRE_DIST_TYPES === '1';

describe('dist/index.d.ts, as published', () => {
  it.skipIf(built === undefined && !required)('declares only what src/index.ts exports', () => {
    expect(built, 'dist/index.d.ts is missing or older than src/: run `npm run build`').toBeDefined();
    const source = ts.createSourceFile('index.d.ts', built!, ts.ScriptTarget.ES2022);
    const declared: string[] = [];
    const exported: string[] = [];
    const local = new Set<string>();
    for (const statement of source.statements) {
      if (
        ts.isExportDeclaration(statement) &&
        statement.exportClause &&
        ts.isNamedExports(statement.exportClause)
      ) {
        for (const element of statement.exportClause.elements) {
          exported.push(element.name.text);
          local.add((element.propertyName ?? element.name).text);
        }
      } else if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) declared.push((d.name as ts.Identifier).text);
      } else if (
        'name' in statement &&
        statement.name !== undefined &&
        ts.isIdentifier(statement.name as ts.Node)
      ) {
        declared.push((statement.name as ts.Identifier).text);
      }
    }
    expect(exported.sort()).toEqual(exportList('src/index.ts'));
    // rollup-plugin-dts renames clashes (`Foo$1`): the export list maps them back; others as written.
    const internal = declared.filter((n) => !local.has(n)).map((n) => n.replace(/\$\d+$/, ''));
    for (const engine of ENGINES) expect(internal).not.toContain(engine);
    expect([...new Set(internal)].filter((n) => !KNOWN.includes(n)).sort()).toEqual([]);
  });
});
