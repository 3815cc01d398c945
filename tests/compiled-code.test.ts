// The compiled build (scripts/lib/compiled-code.mjs): compiled once per
// version of the code, again after any change, its modules finding their
// files where the source's do, and a clear error for code that does not
// compile. On a small project of its own (inside node_modules, so that its
// compiled modules find Preact as the project's do); that the real build
// compiled gives the same bytes as the source is tests/cli.browser.test.ts.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CodeError, compiledCode, compiledPath, defaultCodeDir, entryPoints } from '../scripts/lib/compiled-code.mjs';
import { BUILD_COMMAND } from '../src/pipeline/command.ts';

const root = join(import.meta.dirname, '..');
const cacheParent = join(root, 'node_modules', '.cache');
mkdirSync(cacheParent, { recursive: true });
const project = mkdtempSync(join(cacheParent, 'kr-compile-test-'));
const codeDir = join(project, 'code');
afterAll(() => rmSync(project, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
}

write('src/where.ts', 'export const here = import.meta.dirname;\nexport const url = import.meta.url;\nexport const version: number = 1;\n');
write('src/badge.tsx', 'export const Badge = ({ text }: { text: string }) => <b>{text}</b>;\n');
write('scripts/build.ts', "export { here, url, version } from '../src/where.ts';\n");
write('eleventy.config.ts', 'export default function () { return {}; }\n');
write('templates/page.11ty.tsx', "import { Badge } from '../src/badge.tsx';\nexport const data = { permalink: 'page.html' };\nexport const render = () => <Badge text=\"hi\" />;\n");
write('templates/css/plain.css', 'body{}\n');

type Where = { here: string; url: string; version: number };
const load = async (dir: string) => (await import(`${pathToFileURL(join(dir, compiledPath('scripts/build.ts'))).href}?t=${Date.now()}`)) as Where;

describe('the compiled build', () => {
  it('is what package.json runs as npm run build', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build']).toBe(`node ${BUILD_COMMAND.join(' ')}`);
  });

  it('compiles the build, Eleventy\'s configuration and every template, each to a module in its own place', () => {
    expect(entryPoints(project)).toEqual(['eleventy.config.ts', 'scripts/build.ts', 'templates/page.11ty.tsx']);
    expect(compiledPath('templates/page.11ty.tsx')).toBe('templates/page.11ty.mjs');
  });

  let first: string;
  it('compiles once, and then uses what it compiled while the code stays the same', async () => {
    const made = await compiledCode(project, { codeDir });
    expect(made.compiled).toBe(true);
    first = made.dir;
    const again = await compiledCode(project, { codeDir });
    expect(again).toMatchObject({ compiled: false, dir: first });
    // A module keeps the import.meta of its source file, wherever its chunk went.
    const where = await load(first);
    expect(where.here).toBe(join(project, 'src'));
    expect(where.url).toBe(pathToFileURL(join(project, 'src', 'where.ts')).href);
    const template = (await import(pathToFileURL(join(first, 'templates', 'page.11ty.mjs')).href)) as { render: () => { type: unknown } };
    expect(template.render().type).toBeTypeOf('function');
  });

  it('compiles again when a file changes, and when a template is added', async () => {
    write('src/where.ts', readFileSync(join(project, 'src/where.ts'), 'utf8').replace('= 1', '= 2'));
    const changed = await compiledCode(project, { codeDir });
    expect(changed.compiled).toBe(true);
    expect(changed.dir).not.toBe(first);
    expect((await load(changed.dir)).version).toBe(2);

    write('templates/other.11ty.ts', "export const data = { permalink: 'other.txt' };\nexport const render = () => 'other';\n");
    const added = await compiledCode(project, { codeDir });
    expect(added.compiled).toBe(true);
    expect(readdirSync(join(added.dir, 'templates'))).toContain('other.11ty.mjs');
    // Back to the first version of the code: compiled again (the newest is what is checked), to the same folder.
    write('src/where.ts', readFileSync(join(project, 'src/where.ts'), 'utf8').replace('= 2', '= 1'));
    rmSync(join(project, 'templates/other.11ty.ts'));
    expect(await compiledCode(project, { codeDir })).toMatchObject({ compiled: true, dir: first });
  });

  it('reports code that does not compile with the file, the line and the fix, and keeps what it compiled before', async () => {
    const good = readFileSync(join(project, 'src/badge.tsx'), 'utf8');
    write('src/badge.tsx', `${good}export const broken = ;\n`);
    await expect(compiledCode(project, { codeDir })).rejects.toThrow(CodeError);
    await expect(compiledCode(project, { codeDir })).rejects.toThrow(/the code does not compile:\n {2}src\/badge\.tsx:2:\d+: .*\n {2}fix: /);
    // A folder it cannot write into is not code that does not compile (the launcher says so, with its own fix).
    const blocked = join(project, 'not-a-folder');
    writeFileSync(blocked, '');
    const failure = await compiledCode(project, { codeDir: blocked }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(CodeError);
    write('src/badge.tsx', good);
    expect(await compiledCode(project, { codeDir })).toMatchObject({ compiled: false, dir: first });
    expect(readdirSync(codeDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

// Issue 25: the compiled code lives in the project (node_modules/.cache), so
// a project folder copied or moved takes it along, and it must then read the
// new folder's files. Each module here finds a file beside its source at run
// time, as the build does (src/cache/environment.ts hashes src/ for the render
// cache's keys, src/browser/find-browser.ts requires a .cjs beside it). A
// small project of its own, because the test copies the project and removes
// the original: with the real one, that is a copy of node_modules and a full
// build (20 s and more) before the copy's build, too slow for npm test, for
// what the compiled code alone decides. The last test checks that the real
// code compiles to files that name no folder.
describe('a copied or moved project', () => {
  const parent = mkdtempSync(join(cacheParent, 'kr-compile-move-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));
  const original = join(parent, 'original');
  // A name a URL escapes: the compiled code finds the project by URL. (Not '#' or '%': vitest's
  // own import of the module cannot take them; plain Node, which the build runs in, can.)
  const copy = join(parent, 'copy 2 (é)');
  const put = (base: string, path: string, text: string) => {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), text);
  };
  put(original, 'src/where.ts', [
    "import { readFileSync } from 'node:fs';",
    "import { createRequire } from 'node:module';",
    "import { join } from 'node:path';",
    'export const here = import.meta.dirname;',
    'export const file = import.meta.filename;',
    'export const url = import.meta.url;',
    // Read when called: the module itself is loaded once per place.
    "export const note = () => readFileSync(join(import.meta.dirname, 'note.txt'), 'utf8');",
    "export const near = () => (createRequire(import.meta.url)('./near.cjs') as { place: string }).place;",
    '',
  ].join('\n'));
  put(original, 'src/note.txt', 'the original\n');
  put(original, 'src/near.cjs', 'module.exports = { place: __dirname };\n');
  put(original, 'scripts/build.ts', "export { here, file, url, note, near } from '../src/where.ts';\n");
  put(original, 'eleventy.config.ts', 'export default function () { return {}; }\n');
  put(original, 'templates/page.11ty.ts', "export const data = { permalink: 'page.txt' };\nexport const render = () => 'page';\n");

  type Place = { here: string; file: string; url: string; note: () => string; near: () => string };
  const loadPlace = async (dir: string) => (await import(`${pathToFileURL(join(dir, compiledPath('scripts/build.ts'))).href}?t=${Date.now()}`)) as Place;
  /** Every file under `dir` that names `folder`, as a path or a URL. */
  const naming = (dir: string, folder: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => {
        const text = readFileSync(path, 'utf8');
        return text.includes(folder) || text.includes(pathToFileURL(folder).href);
      });

  it('runs the copy\'s own files with the code compiled in the original, and a change made in the copy counts', async () => {
    // Where npm run build keeps it: inside the project, so a copy takes it along.
    const compiled = await compiledCode(original);
    expect(compiled.compiled).toBe(true);
    cpSync(original, copy, { recursive: true });
    // No change in the code: the copy runs what it brought along, from its own place.
    const reused = await compiledCode(copy);
    expect(reused.compiled).toBe(false);
    expect(reused.dir).toBe(join(defaultCodeDir(copy), basename(compiled.dir)));
    // The original is still there, and must not be what the copy reads.
    put(copy, 'src/note.txt', 'changed in the copy\n');
    const place = await loadPlace(reused.dir);
    expect(place.here).toBe(join(copy, 'src'));
    expect(place.file).toBe(join(copy, 'src', 'where.ts'));
    expect(place.url).toBe(pathToFileURL(join(copy, 'src', 'where.ts')).href);
    expect(place.note()).toBe('changed in the copy\n');
    expect(place.near()).toBe(join(copy, 'src'));
    // And the original still reads its own.
    expect((await loadPlace(compiled.dir)).note()).toBe('the original\n');
    // Nothing the copy brought along names the original (latest.json included).
    expect(naming(defaultCodeDir(copy), original)).toEqual([]);
  });

  it('runs once the original is gone', async () => {
    rmSync(original, { recursive: true, force: true });
    const code = await compiledCode(copy);
    expect(code.compiled).toBe(false);
    const place = await loadPlace(code.dir);
    expect(place.near()).toBe(join(copy, 'src'));
    expect(place.note()).toBe('changed in the copy\n');
  });

  it('keeps no absolute path of the project in the compiled build of this one', async () => {
    // The real code, compiled into a folder inside the project as npm run build's is: one absolute path (an
    // import.meta value written in, say) would make a copied project read this folder's files.
    const codeDir = join(parent, 'real-code');
    const { dir } = await compiledCode(root, { codeDir });
    expect(readdirSync(join(dir, 'templates')).length).toBeGreaterThan(10);
    expect(naming(codeDir, root)).toEqual([]);
  });
});
