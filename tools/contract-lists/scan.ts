// One contract (issue 15): the enums server and web share live in src/contract, so no other code
// may type its own copy of one. This scanner parses source files with the TypeScript compiler and
// finds an array literal of string literals (or of a select's options `{ value: 'x', label }`),
// or a union of string-literal types, whose values (two or more) all belong to one list of the
// contract or one enum of the published OpenAPI document — a copy that would silently go stale
// when the list changes. The code imports the list (or derives a named subset from it) instead.
//
// Used by src/web/contract-lists.test.ts (the web) and src/server/contract-lists.test.ts (the
// server); its own behaviour is proven by tools/contract-lists/scan.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '../..');
export const SRC = join(ROOT, 'src');

/** A list nobody may copy: its name (where it lives) and its values. */
export interface ContractList {
  name: string;
  values: ReadonlySet<string>;
}

export interface Finding {
  file: string;
  line: number;
  values: string[];
  list: string;
}

/**
 * A place that looks like a copy of a contract list but is a different thing: one file and its
 * values (in any order), with a one-line reason. An entry that matches nothing is stale.
 */
export interface Allowed {
  file: string;
  values: string[];
  reason: string;
}

/** Every exported array of strings of src/contract/*.ts, by its export name. */
export async function contractLists(): Promise<ContractList[]> {
  const dir = join(SRC, 'contract');
  const lists: ContractList[] = [];
  for (const file of readdirSync(dir).filter((name) => /^[^.]+\.ts$/.test(name))) {
    const exports = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (!Array.isArray(value) || value.length < 2) continue;
      if (!value.every((item) => typeof item === 'string')) continue;
      lists.push({ name: `${name} (src/contract/${file})`, values: new Set(value) });
    }
  }
  return lists;
}

/** Every string `enum` of openapi.json: the server's published enums, by their JSON path. */
export function openApiEnums(): ContractList[] {
  const doc = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as unknown;
  const lists: ContractList[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}/${i}`));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const isEnum =
        key === 'enum' &&
        Array.isArray(value) &&
        value.length >= 2 &&
        value.every((item) => typeof item === 'string');
      if (isEnum) lists.push({ name: `openapi.json ${path}`, values: new Set(value) });
      else walk(value, `${path}/${key}`);
    }
  };
  walk(doc, '#');
  return lists;
}

/** The contract's lists and the OpenAPI enums together: everything nobody may copy. */
export async function sharedLists(): Promise<ContractList[]> {
  return [...(await contractLists()), ...openApiEnums()];
}

/** A select's option `{ value: 'x', … }`: its value, else the node itself. */
function optionValue(node: ts.Expression): ts.Node {
  if (!ts.isObjectLiteralExpression(node)) return node;
  const value = node.properties.find(
    (p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'value',
  );
  return value && ts.isPropertyAssignment(value) ? value.initializer : node;
}

/**
 * The string values of an array literal (of strings, or of options `{ value: 'x', label }`, the
 * shape a select's data takes) or of a union type, when every member is a string literal.
 */
function literalStrings(node: ts.Node): string[] | undefined {
  const members: readonly ts.Node[] | undefined = ts.isArrayLiteralExpression(node)
    ? node.elements.map(optionValue)
    : ts.isUnionTypeNode(node)
      ? node.types.map((type) => (ts.isLiteralTypeNode(type) ? type.literal : type))
      : undefined;
  if (!members || members.length < 2) return undefined;
  const values: string[] = [];
  for (const member of members) {
    if (!ts.isStringLiteral(member) && !ts.isNoSubstitutionTemplateLiteral(member)) return;
    values.push(member.text);
  }
  return values;
}

/** Every hand-copied list in one source file: values that all belong to one shared list. */
export function findCopies(file: string, text: string, lists: ContractList[]): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    const values = literalStrings(node);
    // Two distinct values at least: ['a', 'a'] names one value, not a list.
    const copied =
      values && new Set(values).size >= 2
        ? lists.find((list) => values.every((value) => list.values.has(value)))
        : undefined;
    if (values && copied) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      findings.push({ file, line: line + 1, values, list: copied.name });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** A source file a check reads: TypeScript, neither a test nor generated. */
const isSource = (name: string): boolean =>
  /\.tsx?$/.test(name) && !/\.(test|gen)\.tsx?$/.test(name);

/** The source files under `dir` (absolute), skipping the folders `skip` (absolute) names. */
export function sourcesUnder(dir: string, skip: readonly string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(path) ? [] : sourcesUnder(path, skip);
    return isSource(entry.name) ? [path] : [];
  });
}

/** The folders of every module (src/modules/<module>). */
export const moduleDirs = (): string[] =>
  readdirSync(join(SRC, 'modules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(SRC, 'modules', entry.name));

const sameValues = (a: readonly string[], b: readonly string[]): boolean =>
  [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Checks `files` (absolute) against `lists`: the copies no `allowed` entry excuses, and the
 * `allowed` entries that excuse nothing any more (stale). Both must be empty.
 */
export function checkCopies(
  files: readonly string[],
  lists: ContractList[],
  allowed: readonly Allowed[],
): { copies: string[]; stale: Allowed[] } {
  const findings = files.flatMap((path) =>
    findCopies(relative(ROOT, path), readFileSync(path, 'utf8'), lists),
  );
  const excuses = (entry: Allowed, finding: Finding) =>
    entry.file === finding.file && sameValues(entry.values, finding.values);
  const copies = findings
    .filter((finding) => !allowed.some((entry) => excuses(entry, finding)))
    .map((f) => `${f.file}:${f.line} [${f.values.join(', ')}] copies ${f.list}`);
  const stale = allowed.filter((entry) => !findings.some((f) => excuses(entry, f)));
  return { copies, stale };
}
