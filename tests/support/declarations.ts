/**
 * The declared surface of the package, computed from the sources with the TypeScript compiler: the
 * declarations `tsc` emits for src/, and from the public entries the top-level declarations the
 * published types would contain: every export, and every declaration an export's type refers to
 * (a bundler of declarations, like tsup's, must copy those in too). Used by
 * tests/package/declarations.test.ts; reading dist/*.d.ts needs `npm run build`, which takes
 * tens of seconds, this a few.
 */
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const root = join(import.meta.dirname, '../..');

export interface Surface {
  /** The names the entry exports. */
  exported: string[];
  /** Top-level declarations reachable from the exports that are not themselves exported, with where. */
  leaked: Array<{ name: string; file: string; via: string }>;
}

/** Emits declarations for the entries (and what they import) into memory. */
function emitDeclarations(entries: readonly string[]): Map<string, string> {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(
    entries.map((e) => join(root, e)),
    {
      ...options,
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      // What the published declarations leave out: members marked @internal.
      stripInternal: true,
      outDir: join(root, '.declarations'),
      rootDir: root,
      // Declarations only: the type check is `npm run typecheck`'s job, and skipping it here saves most of the time.
      noCheck: true,
      noUnusedLocals: false,
      noUnusedParameters: false,
    },
  );
  const out = new Map<string, string>();
  const result = program.emit(undefined, (file, text) => out.set(resolve(file), text), undefined, true);
  const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, ts.createCompilerHost(options)));
  return out;
}

/** The surface of each entry (`src/index.ts`, `src/regions.ts`), from one emit. */
export function declaredSurfaces(entries: readonly string[]): Map<string, Surface> {
  const files = emitDeclarations(entries);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(resolve(name)) ?? readFile(name);
  host.fileExists = (name) => files.has(resolve(name)) || fileExists(name);
  const directories = new Set([...files.keys()].flatMap((f) => ancestors(f)));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => directories.has(resolve(name)) || (directoryExists?.(name) ?? false);
  const dts = (entry: string) => join(root, '.declarations', entry.replace(/\.ts$/, '.d.ts'));
  const program = ts.createProgram(entries.map(dts), options, host);
  const checker = program.getTypeChecker();
  const ours = (file: string) => files.has(resolve(file));

  const surfaces = new Map<string, Surface>();
  for (const entry of entries) {
    const source = program.getSourceFile(dts(entry))!;
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
    const exportedDeclarations = new Set<ts.Node>();
    for (const symbol of exports) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      for (const d of target.declarations ?? []) exportedDeclarations.add(d);
    }
    const leaked = new Map<ts.Node, { name: string; file: string; via: string }>();
    const seen = new Set<ts.Node>();
    const visit = (declaration: ts.Node, via: string) => {
      if (seen.has(declaration)) return;
      seen.add(declaration);
      const walk = (node: ts.Node): void => {
        if (ts.isIdentifier(node)) {
          let symbol = checker.getSymbolAtLocation(node);
          if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias)
            symbol = checker.getAliasedSymbol(symbol);
          for (const d of symbol?.declarations ?? []) {
            const top = topLevel(d);
            if (top === undefined || !ours(top.getSourceFile().fileName) || top === declaration) continue;
            if (!exportedDeclarations.has(top) && !leaked.has(top)) {
              leaked.set(top, {
                name: nameOf(top),
                file: relative(join(root, '.declarations'), top.getSourceFile().fileName),
                via,
              });
            }
            visit(top, `${via} > ${nameOf(top)}`);
          }
        }
        ts.forEachChild(node, walk);
      };
      ts.forEachChild(declaration, walk);
    };
    for (const d of exportedDeclarations) visit(d, nameOf(d));
    surfaces.set(entry, {
      exported: exports.map((s) => s.name).sort(),
      leaked: [...leaked.values()].sort((a, b) => a.name.localeCompare(b.name)),
    });
  }
  return surfaces;
}

/** The statement of a source file a declaration belongs to (undefined for members, parameters...). */
function topLevel(node: ts.Node): ts.Node | undefined {
  let at: ts.Node = node;
  if (ts.isVariableDeclaration(at)) at = at.parent.parent; // the VariableStatement
  if (at.parent === undefined || !ts.isSourceFile(at.parent)) return undefined;
  return ts.isVariableStatement(at) ? node : at;
}

function nameOf(node: ts.Node): string {
  const name = (node as { name?: ts.Node }).name;
  return name !== undefined && ts.isIdentifier(name) ? name.text : ts.SyntaxKind[node.kind];
}

/** The directories above a file. */
function ancestors(file: string): string[] {
  const out: string[] = [];
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) out.push(dir);
  return out;
}
