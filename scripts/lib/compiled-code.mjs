// `npm run build` runs the build as JavaScript compiled ahead of time by
// esbuild, not through tsx's loader. Under `node --import tsx` every module
// the build loads (its own, Eleventy's, Puppeteer's, pdf-lib's) passes
// through tsx's hooks on a thread of their own, and each of Eleventy's three
// runs imports the twenty templates again. Compiled, the build loads plain
// JavaScript (with Eleventy's own resolver off too, src/pipeline/eleventy-run.ts:
// Node's CPU in a cold build went from about 9 to about 6 core-seconds).
//
// The code: scripts/build.ts, eleventy.config.ts and every template
// (templates/**/*.11ty.ts, .tsx), bundled with what they import from src/
// into ES modules that share their chunks; the packages stay in node_modules.
// `import.meta.url`, `.dirname` and `.filename` keep the values they have in
// the source file, so every module finds its files (templates, fonts,
// node_modules) where it did. They are worked out as the code runs, from
// where the compiled file is (its first line holds the way from it to the
// project's root), and never written in as absolute paths. The compiled code
// lives inside the project (node_modules/.cache), so a project folder copied
// or moved takes it along, and it must then read the new folder's files
// (issue 25: written in, the paths of the folder it was compiled in made a
// copy read the old `src/` for the render cache's keys and the old
// publication.config.json, and fail once the old folder was gone). Worked
// out rather than keyed by the folder: then no compiled file holds any
// folder's path, so nothing the compiled code computes can carry one into a
// copy, whatever check it passes; and a moved project runs the code it
// brought along without compiling again.
//
// Compiled once per version of the code: each compilation goes to a folder
// named by a digest of everything it read (the bytes of every project file it
// compiled, tsconfig.json and package.json, esbuild's version, this file,
// and the way from the code folder to the project, which the compiled files
// hold), written whole and then renamed into place, so two builds starting
// at once are safe. `latest.json` names the last one with the files it read; a build
// whose files all hash the same uses it, any other compiles again (about a
// fifth of a second). Plain JavaScript: it runs before anything can load
// TypeScript.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { filesUnder, writeFileAtomic } from '../../src/cache/files.mjs';
import { compiledPath } from '../../src/pipeline/compiled-path.mjs';

export { compiledPath };

/** Where the launcher leaves `{ root, dir }` for the compiled code (src/pipeline/code.ts reads it). */
export const COMPILED_CODE = Symbol.for('kindreflex.compiledCode');
/** Raised when what the compiled code is, or where it goes, changes. */
const FORMAT = 2;
/** Compilations kept besides the newest (a build still running may be using one). */
const KEEP = 3;
const LATEST = 'latest.json';

/**
 * The folder compilations go into: beside the render cache, gone with `node_modules`.
 * @param {string} root
 */
export function defaultCodeDir(root) {
  return join(root, 'node_modules', '.cache', 'kindreflex-code');
}

/**
 * The source files compiled as entry points, relative to `root`, sorted: the build, Eleventy's configuration and the templates.
 * @param {string} root
 * @returns {string[]}
 */
export function entryPoints(root) {
  const templates = filesUnder(join(root, 'templates'))
    .filter((file) => /\.11ty\.tsx?$/.test(file))
    .map((file) => relative(root, file).replaceAll('\\', '/'));
  return ['eleventy.config.ts', 'scripts/build.ts', ...templates].sort();
}

/** @param {string | Uint8Array} bytes */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** @returns {string} */
function esbuildVersion() {
  return createRequire(import.meta.url)('esbuild/package.json').version;
}

/** What makes a compilation besides its source files: this file, esbuild's version and the format. */
function compilerDigest() {
  return sha256(JSON.stringify({ format: FORMAT, esbuild: esbuildVersion(), compiler: sha256(readFileSync(new URL(import.meta.url))) }));
}

/**
 * The hash of each file in `paths` (relative to `root`), or undefined when one is gone.
 * @param {string} root
 * @param {readonly string[]} paths
 * @returns {Record<string, string> | undefined}
 */
function hashInputs(root, paths) {
  /** @type {Record<string, string>} */
  const hashes = {};
  for (const path of paths) {
    try {
      hashes[path] = sha256(readFileSync(join(root, path)));
    } catch {
      return undefined;
    }
  }
  return hashes;
}

/** The project's files esbuild reads for its settings, besides the sources: part of every compilation's record. */
const SETTINGS = ['tsconfig.json', 'package.json'];

/**
 * The first line of every compiled file: its way to the project's root
 * (ROOT_PLACEHOLDER, replaced once esbuild says where the file goes), and
 * what the `import.meta` values of the project's files are made of.
 */
const ROOT_PLACEHOLDER = '<the project root, from this file>';
const BANNER =
  "import { fileURLToPath as __kindreflexPath } from 'node:url'; import { dirname as __kindreflexDirname } from 'node:path'; " +
  `const __kindreflexRoot = new URL(${JSON.stringify(ROOT_PLACEHOLDER)}, import.meta.url);`;

/**
 * `to` as a URL relative to the folder `from` (`../../../`), for `new URL(…, import.meta.url)`.
 * @param {string} from
 * @param {string} to a folder
 */
function relativeFolderUrl(from, to) {
  const path = relative(from, to);
  // Another drive (Windows): there is no way there but the whole path.
  if (isAbsolute(path)) return `${pathToFileURL(to).href}/`;
  return path === '' ? './' : `${path.split(sep).map(encodeURIComponent).join('/')}/`;
}

/**
 * A source file's `import.meta` values, as expressions worked out as the
 * compiled code runs, from the project's root (`__kindreflexRoot`, BANNER).
 * @param {string} root
 * @param {string} file an absolute path under `root`
 */
function importMetaOf(root, file) {
  // Encoded as Node encodes a module's own URL, so `import.meta.url` reads as it does in the source.
  const rel = JSON.stringify(pathToFileURL(file).href.slice(pathToFileURL(join(root, sep)).href.length));
  const href = `new URL(${rel}, __kindreflexRoot)`;
  return {
    url: `(${href}.href)`,
    filename: `__kindreflexPath(${href})`,
    dirname: `__kindreflexDirname(__kindreflexPath(${href}))`,
  };
}

/**
 * An esbuild plugin that loads every file of the project it compiles (the
 * packages in node_modules aside): it records the hash of the bytes it
 * compiled, and gives each source file the `import.meta` values of its own
 * place (bundled into a chunk elsewhere, it would otherwise see the chunk's),
 * relative to the project's root (BANNER).
 * @param {string} root
 * @param {Record<string, string>} hashes filled with `path → sha256`, paths relative to `root`
 * @returns {import('esbuild').Plugin}
 */
function projectFiles(root, hashes) {
  return {
    name: 'kindreflex-project-files',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const path = relative(root, args.path);
        if (path.startsWith('..') || path.split(/[\\/]/).includes('node_modules')) return undefined;
        const bytes = readFileSync(args.path);
        hashes[path.replaceAll('\\', '/')] = sha256(bytes);
        const code = /\.([cm]?)([jt])s(x?)$/.exec(args.path);
        if (!code) return { contents: bytes, loader: 'default' };
        const meta = importMetaOf(root, args.path);
        const text = bytes
          .toString('utf8')
          .replaceAll('import.meta.dirname', meta.dirname)
          .replaceAll('import.meta.filename', meta.filename)
          .replaceAll('import.meta.url', meta.url);
        /** @type {import('esbuild').Loader} */
        const loader = code[2] === 't' ? (code[3] ? 'tsx' : 'ts') : code[3] ? 'jsx' : 'js';
        return { contents: text, loader };
      });
    },
  };
}

/**
 * The messages of an esbuild failure (none for any other error).
 * @param {unknown} error
 * @returns {import('esbuild').Message[]}
 */
function esbuildMessages(error) {
  return error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors) ? error.errors : [];
}

/** Code that does not compile: the message names each file and line. */
export class CodeError extends Error {
  /** @override */
  name = 'CodeError';
}

/**
 * The folder with the compiled code of the project at `root`, compiled now
 * when the code changed since the last compilation (`compiled: true`).
 * Throws with esbuild's messages (file, line and what is wrong) when the code
 * does not compile.
 * @param {string} root
 * @param {{ codeDir?: string }} [options]
 * @returns {Promise<{ dir: string; compiled: boolean; ms: number }>}
 */
export async function compiledCode(root, { codeDir = defaultCodeDir(root) } = {}) {
  const started = performance.now();
  const entries = entryPoints(root);
  const compiler = compilerDigest();
  // The project's folder as the compiled code finds it, from its own: a code folder inside the project (the default) moves with it.
  const project = relative(codeDir, root).split(sep).join('/');
  const upToDate = latestIfUnchanged(root, codeDir, { compiler, entries, project });
  if (upToDate) return { dir: upToDate, compiled: false, ms: performance.now() - started };

  const { build, stop } = await import('esbuild');
  mkdirSync(codeDir, { recursive: true });
  const staging = join(codeDir, `.compiling-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const compiled = await compileInto(build, root, entries, staging);
    // The bytes that were compiled: a file saved meanwhile differs, and the next build compiles again.
    const settings = hashInputs(root, SETTINGS.filter((file) => existsSync(join(root, file)))) ?? {};
    const inputs = Object.fromEntries(Object.entries({ ...compiled, ...settings }).sort(([a], [b]) => (a < b ? -1 : 1)));
    const name = sha256(JSON.stringify({ compiler, entries, project, inputs }));
    const dir = keepCompilation(codeDir, staging, { compiler, entries, project, inputs, dir: name });
    return { dir, compiled: true, ms: performance.now() - started };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw codeErrorOf(error);
  } finally {
    // esbuild's compiler runs as a process of its own: not kept for the rest of a long build or a --watch.
    await stop();
  }
}

/**
 * The folder of the newest compilation when it was made by the same
 * compiler, for the same entry points and project, from the same bytes.
 * @param {string} root
 * @param {string} codeDir
 * @param {{ compiler: string; entries: string[]; project: string }} wanted
 * @returns {string | undefined}
 */
function latestIfUnchanged(root, codeDir, { compiler, entries, project }) {
  const latest = readLatest(codeDir);
  if (!latest || latest.compiler !== compiler || latest.project !== project || JSON.stringify(latest.entries) !== JSON.stringify(entries)) return undefined;
  const hashes = hashInputs(root, Object.keys(latest.inputs));
  const dir = join(codeDir, latest.dir);
  return hashes && JSON.stringify(hashes) === JSON.stringify(latest.inputs) && existsSync(join(dir, LATEST)) ? dir : undefined;
}

/**
 * Compiles the entry points into `staging`, each module's banner given its
 * way back to the project; returns the digest of every project file compiled.
 * @param {typeof import('esbuild').build} build
 * @param {string} root
 * @param {string[]} entries
 * @param {string} staging
 * @returns {Promise<Record<string, string>>}
 */
async function compileInto(build, root, entries, staging) {
  /** @type {Record<string, string>} */
  const compiled = {};
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: staging,
    outbase: '.',
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Error names and stack frames keep the source's function and class names.
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'silent',
    banner: { js: BANNER },
    // Written below, once each file's way back to the project is filled in.
    write: false,
    plugins: [projectFiles(root, compiled)],
  });
  for (const file of outputFiles) {
    let bytes = file.contents;
    if (file.path.endsWith('.mjs')) {
      // The staging folder and the compilation's own are both in codeDir: the way back is the same from either.
      const text = file.text;
      const at = text.indexOf(BANNER);
      if (at < 0) throw new Error(`${file.path}: esbuild left out the banner`);
      const banner = BANNER.replace(ROOT_PLACEHOLDER, relativeFolderUrl(dirname(file.path), root));
      bytes = Buffer.from(text.slice(0, at) + banner + text.slice(at + BANNER.length));
    }
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, bytes);
  }
  return compiled;
}

/**
 * Renames the staging folder into place as the compilation `record.dir`
 * (or drops it when another build did so first), names it the newest, and
 * prunes the old ones; returns its folder.
 * @param {string} codeDir
 * @param {string} staging
 * @param {CompilationRecord} record
 * @returns {string}
 */
function keepCompilation(codeDir, staging, record) {
  // The record inside the folder marks it whole; the one beside it names the newest.
  writeFileSync(join(staging, LATEST), JSON.stringify(record, null, 1));
  const dir = join(codeDir, record.dir);
  if (existsSync(join(dir, LATEST))) {
    rmSync(staging, { recursive: true, force: true });
  } else {
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another build renamed the same compilation into place first.
      if (!existsSync(join(dir, LATEST))) throw error;
      rmSync(staging, { recursive: true, force: true });
    }
  }
  writeFileAtomic(join(codeDir, LATEST), JSON.stringify(record, null, 1));
  const now = new Date();
  utimesSync(dir, now, now);
  prune(codeDir, record.dir);
  return dir;
}

/**
 * A CodeError naming each file and line of an esbuild failure; any other
 * error (esbuild failing to write: a folder it may not create, say) as it is.
 * @param {unknown} error
 * @returns {unknown}
 */
function codeErrorOf(error) {
  const inCode = esbuildMessages(error).filter((m) => m.location);
  if (inCode.length === 0) return error;
  const lines = inCode.slice(0, 8).map((m) => `  ${m.location?.file}:${m.location?.line}:${m.location?.column}: ${m.text}`);
  return new CodeError(`the code does not compile:\n${lines.join('\n')}\n  fix: correct the code there (npm run check shows every type error).`, { cause: error });
}

/**
 * @typedef {{ compiler: string; entries: string[]; project: string; inputs: Record<string, string>; dir: string }} CompilationRecord
 */

/**
 * The record of the newest compilation, or undefined.
 * @param {string} codeDir
 * @returns {CompilationRecord | undefined}
 */
function readLatest(codeDir) {
  try {
    const record = JSON.parse(readFileSync(join(codeDir, LATEST), 'utf8'));
    return record && typeof record.dir === 'string' && record.inputs && typeof record.inputs === 'object' ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes all but the newest KEEP compilations besides `current`, and
 * staging folders over an hour old (left by a build that was stopped).
 * @param {string} codeDir
 * @param {string} current
 */
function prune(codeDir, current) {
  const hour = 60 * 60 * 1000;
  const folders = readdirSync(codeDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== current)
    .map((entry) => ({ name: entry.name, time: statSync(join(codeDir, entry.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  const staging = folders.filter((folder) => folder.name.startsWith('.') && Date.now() - folder.time > hour);
  const older = folders.filter((folder) => !folder.name.startsWith('.')).slice(KEEP);
  for (const folder of [...staging, ...older]) rmSync(join(codeDir, folder.name), { recursive: true, force: true });
}

/**
 * Runs `entry` (a source file relative to `root`, e.g. `scripts/build.ts`)
 * from the compiled code, with its command line as it was.
 * @param {string} root
 * @param {string} entry
 */
export async function runCompiled(root, entry) {
  let code;
  const codeDir = defaultCodeDir(root);
  try {
    code = await compiledCode(root, { codeDir });
  } catch (error) {
    if (error instanceof CodeError) {
      console.error(`build failed: ${error.message}`);
    } else {
      // esbuild's own messages (one per file it could not write) or Node's.
      const messages = esbuildMessages(error).map((m) => m.text);
      const reason = messages.length > 0 ? [...new Set(messages)].join('; ') : error instanceof Error ? error.message : String(error);
      console.error(`build failed: could not write the compiled code into ${relative(root, codeDir)}: ${reason}`);
      console.error(`  fix: make ${relative(root, codeDir)} writable, or run the source itself: node --import tsx ${entry}`);
    }
    console.error('Nothing was built; the output folder was left as it was.');
    process.exit(1);
  }
  if (code.compiled) console.log(`build: code compiled to JavaScript (${Math.round(code.ms)} ms, ${relative(root, code.dir)})`);
  /** @type {Record<symbol, unknown>} */ (globalThis)[COMPILED_CODE] = { root, dir: code.dir };
  await import(pathToFileURL(join(code.dir, compiledPath(entry))).href);
}
