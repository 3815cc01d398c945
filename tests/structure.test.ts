// No function over 80 lines in src/ and scripts/: a long function is a list of
// named steps. Test files are left out (a `describe` is a list of cases), and
// so are the templates' markup. Parsed with rolldown's parser (Oxc), a direct
// devDependency pinned to the version vite brings (so the lock adds nothing):
// TypeScript 7 has no JavaScript API to parse with.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const MAX_LINES = 80;

/**
 * Temporary, issue 26: functions being rewritten on other branches (the
 * pipeline's stages; the PDF checks moving to tests/helpers; the compiled
 * code's cache), listed so this test can land first. Empty it as they merge:
 * an entry that is no longer too long fails the test too.
 */
const ALLOWED = new Set<string>([]);

type Node = { type: string; start: number; end: number; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** A function's own name, or the name it is bound to (`const f = () => …`, `{ f() {} }`). */
function nameOf(node: Node, parent: Node | undefined): string | undefined {
  const id = node.id as Node | null | undefined;
  if (id?.name) return String(id.name);
  if (parent?.type === 'VariableDeclarator') return String((parent.id as Node).name);
  if (parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') {
    const key = parent.key as Node;
    return String(key.name ?? key.value);
  }
  return undefined;
}

/** Every function longer than MAX_LINES in one file, as `path: name` (an unnamed one by the function it is in). */
function longFunctions(path: string): { name: string; lines: number }[] {
  const text = readFileSync(join(root, path), 'utf8');
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const ast = parseAst(text, { lang: /\.[cm]?js$/.test(path) ? 'js' : path.endsWith('x') ? 'tsx' : 'ts', sourceType: 'module' }, path);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: Node, parent: Node | undefined, within: string | undefined) => {
    let named = within;
    if (FUNCTIONS.has(node.type)) {
      const own = nameOf(node, parent);
      named = own ?? within;
      const lines = lineOf(node.end - 1) - lineOf(node.start) + 1;
      if (lines > MAX_LINES) found.push({ name: `${path}: ${own ?? `(anonymous in ${within ?? 'the module'})`}`, lines });
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child, node, named);
    }
  };
  visit(ast as unknown as Node, undefined, undefined);
  return found;
}

function codeFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((file) => `${folder}/${file.replaceAll('\\', '/')}`)
    .filter((file) => /\.(ts|tsx|mts|js|mjs|cjs)$/.test(file) && !/\.d\.ts$|\.test\.tsx?$/.test(file))
    .sort();
}

describe('the code', () => {
  const long = [...codeFiles('src'), ...codeFiles('scripts')].flatMap(longFunctions);

  it(`has no function over ${MAX_LINES} lines in src/ and scripts/`, () => {
    expect(long.filter((f) => !ALLOWED.has(f.name)).map((f) => `${f.name} (${f.lines} lines)`)).toEqual([]);
  });

  it('allows no function that is no longer too long', () => {
    const stillLong = new Set(long.map((f) => f.name));
    expect([...ALLOWED].filter((name) => !stillLong.has(name))).toEqual([]);
  });
});
