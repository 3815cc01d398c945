// Whether this process runs the compiled build (`npm run build`:
// scripts/build.mjs, scripts/lib/compiled-code.mjs) or the TypeScript source
// through tsx, and where the compiled modules are. Compiled, nothing may
// import TypeScript: Eleventy reads its configuration and the templates from
// the compiled code (src/pipeline/eleventy-run.ts, src/site/typescript-templates.ts).
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledPath } from './compiled-path.mjs';

/** The key scripts/lib/compiled-code.mjs leaves `{ root, dir }` under. */
const COMPILED_CODE = Symbol.for('kindreflex.compiledCode');

export interface CompiledCode {
  /** The project the code was compiled from. */
  root: string;
  /** The folder of the compiled modules, laid out as the source. */
  dir: string;
}

export function compiledCode(): CompiledCode | undefined {
  return (globalThis as { [COMPILED_CODE]?: CompiledCode })[COMPILED_CODE];
}

/** The compiled module of a source file of the project (`templates/step.11ty.tsx` → `<dir>/templates/step.11ty.mjs`), as a path. */
export function compiledModulePath(code: CompiledCode, sourceFile: string): string {
  return join(code.dir, compiledPath(relative(code.root, resolve(sourceFile))));
}

/** The same, as a URL for `import()`. */
export function compiledModuleUrl(code: CompiledCode, sourceFile: string): string {
  return pathToFileURL(compiledModulePath(code, sourceFile)).href;
}
