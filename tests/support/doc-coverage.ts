/**
 * Walks the public surface (every export of src/index.ts and src/regions.ts) with the TypeScript compiler and lists what
 * lacks documentation: an export without TSDoc, and a function, class, constructor-less class method
 * or interface method that users call without an `@example` whose result is written as `//=>`.
 *
 * `tests/docs.test.ts` keeps the list empty; run `npx tsx tests/support/doc-coverage.ts` to print it.
 */
import { join } from 'node:path';
import ts from 'typescript';

/** One documentation gap: `ContractTermsError.localizedMessage: no @example with //=>`. */
export interface DocGap {
  /** The exported name, or `Export.member` for a member. */
  name: string;
  /** Where it is declared, relative to the repository. */
  file: string;
  problem: 'no TSDoc' | 'no @example with //=>';
}

/** What was checked, and what is missing. */
export interface DocCoverage {
  /** Every exported name of src/index.ts. */
  exports: string[];
  /** Every member that needs an example (`Export.member`). */
  callable: string[];
  gaps: DocGap[];
}

const root = join(import.meta.dirname, '..', '..');

function relative(file: string): string {
  return file.startsWith(root) ? file.slice(root.length + 1) : file;
}

/** The TSDoc comments directly attached to a declaration (not the file's header comment). */
function docsOf(node: ts.Node): ts.JSDoc[] {
  const host = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  return ts.getJSDocCommentsAndTags(host).filter((doc): doc is ts.JSDoc => ts.isJSDoc(doc));
}

function hasDoc(node: ts.Node): boolean {
  return docsOf(node).some((doc) => {
    const text = ts.getTextOfJSDocComment(doc.comment)?.trim() ?? '';
    return text !== '' || (doc.tags?.length ?? 0) > 0;
  });
}

function hasResultExample(node: ts.Node): boolean {
  return docsOf(node).some((doc) =>
    (doc.tags ?? []).some(
      (tag) =>
        tag.tagName.text === 'example' && (ts.getTextOfJSDocComment(tag.comment) ?? '').includes('//=>'),
    ),
  );
}

function isPublicMember(member: ts.ClassElement | ts.TypeElement): boolean {
  if (member.name !== undefined && ts.isPrivateIdentifier(member.name)) return false;
  const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return false;
  // An override is documented where it is first declared.
  return (flags & ts.ModifierFlags.Override) === 0;
}

function memberName(member: ts.ClassElement | ts.TypeElement): string {
  return member.name === undefined ? '(anonymous)' : member.name.getText();
}

/**
 * The methods of an interface or type literal that users call: its method signatures, and the
 * method signatures of object types it holds in properties (`calendar.explain.isWorkingDay`).
 */
function typeMethods(
  members: ts.NodeArray<ts.TypeElement>,
  prefix: string,
): Array<{ name: string; node: ts.Node }> {
  const out: Array<{ name: string; node: ts.Node }> = [];
  for (const member of members) {
    if (!isPublicMember(member)) continue;
    const name = `${prefix}.${memberName(member)}`;
    if (ts.isMethodSignature(member)) out.push({ name, node: member });
    else if (ts.isPropertySignature(member) && member.type !== undefined && ts.isTypeLiteralNode(member.type))
      out.push(...typeMethods(member.type.members, name));
  }
  return out;
}

/** Lists the documentation gaps of the public surface. */
export function docCoverage(): DocCoverage {
  // Both entry points: contract-terms (src/index.ts) and contract-terms/regions (src/regions.ts).
  const entries = [join(root, 'src', 'index.ts'), join(root, 'src', 'regions.ts')];
  const program = ts.createProgram(entries, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  });
  const checker = program.getTypeChecker();
  const publicExports = entries.flatMap((entry) => {
    const source = program.getSourceFile(entry);
    if (source === undefined) throw new Error(`cannot read ${entry}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
    return checker.getExportsOfModule(moduleSymbol);
  });

  const gaps: DocGap[] = [];
  const exports: string[] = [];
  const callable: string[] = [];
  const gap = (name: string, node: ts.Node, problem: DocGap['problem']) =>
    gaps.push({ name, file: relative(node.getSourceFile().fileName), problem });

  for (const exported of publicExports) {
    const name = exported.getName();
    exports.push(name);
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const first = declarations[0];
    if (first === undefined) continue;
    // Overloads: the comment sits on the first signature.
    if (!declarations.some(hasDoc)) gap(name, first, 'no TSDoc');

    if (ts.isFunctionDeclaration(first)) {
      callable.push(name);
      if (!declarations.some(hasResultExample)) gap(name, first, 'no @example with //=>');
    } else if (ts.isClassDeclaration(first)) {
      // An error class is thrown, not called: its example shows what catching it gives.
      callable.push(name);
      if (!hasResultExample(first)) gap(name, first, 'no @example with //=>');
      // Overloads of a method share one comment: group the declarations by name.
      const methods = new Map<string, ts.MethodDeclaration[]>();
      for (const member of first.members) {
        if (!isPublicMember(member)) continue;
        const full = `${name}.${memberName(member)}`;
        if (ts.isMethodDeclaration(member)) {
          methods.set(full, [...(methods.get(full) ?? []), member]);
        } else if (
          (ts.isGetAccessorDeclaration(member) || ts.isPropertyDeclaration(member)) &&
          !hasDoc(member)
        ) {
          gap(full, member, 'no TSDoc');
        }
      }
      for (const [full, overloads] of methods) {
        callable.push(full);
        if (!overloads.some(hasDoc)) gap(full, overloads[0]!, 'no TSDoc');
        if (!overloads.some(hasResultExample)) gap(full, overloads[0]!, 'no @example with //=>');
      }
    } else if (ts.isInterfaceDeclaration(first)) {
      for (const method of typeMethods(first.members, name)) {
        callable.push(method.name);
        if (!hasDoc(method.node)) gap(method.name, method.node, 'no TSDoc');
        if (!hasResultExample(method.node)) gap(method.name, method.node, 'no @example with //=>');
      }
    }
  }
  return { exports, callable, gaps };
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const { exports, callable, gaps } = docCoverage();
  for (const g of gaps) console.log(`${g.file}: ${g.name}: ${g.problem}`);
  console.log(`${exports.length} exports, ${callable.length} callables, ${gaps.length} gaps`);
}
