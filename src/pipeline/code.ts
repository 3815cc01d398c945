// The one place that knows how the build's code runs: compiled ahead of time
// (`npm run build`: scripts/build.mjs, scripts/lib/compiled-code.mjs) or the
// TypeScript source through tsx, and where the compiled modules are.
// Compiled, nothing may import TypeScript: Eleventy reads its configuration
// and the templates from the compiled code (eleventyConfigPath and
// typescriptTemplates below). No other file asks.
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { registerTypeScript } from '../site/register-typescript.ts';
import { importedTemplates, loadedTemplates, type ExtensionConfig, type TemplateModule } from '../site/typescript-templates.ts';
import { compiledPath } from './compiled-path.mjs';

/** The key scripts/lib/compiled-code.mjs leaves `{ root, dir }` under. */
const COMPILED_CODE = Symbol.for('kindreflex.compiledCode');

export interface CompiledCode {
  /** The project the code was compiled from. */
  root: string;
  /** The folder of the compiled modules, laid out as the source. */
  dir: string;
}

function compiledCode(): CompiledCode | undefined {
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

/** Lets Eleventy import the templates: the compiled build has them compiled; run from the source, tsx loads them. */
export function prepareTemplates(): void {
  if (!compiledCode()) registerTypeScript();
}

/** Eleventy's configuration for a run on `root`: the compiled one in the compiled build of that project. */
export function eleventyConfigPath(root: string): string {
  const code = compiledCode();
  const config = join(root, 'eleventy.config.ts');
  return code && resolve(code.root) === resolve(root) ? compiledModulePath(code, config) : config;
}

/**
 * A module given on the command line (`--definition`): the compiled build
 * (scripts/build.mjs) runs without tsx's loader, so one written in
 * TypeScript is loaded through tsx on its own.
 */
export async function importGivenModule(file: string): Promise<unknown> {
  const url = pathToFileURL(resolve(file)).href;
  return compiledCode() && /\.[cm]?tsx?$/.test(file) ? tsImport(url, import.meta.url) : import(url);
}

/** Eleventy's plugin for the `.11ty.ts(x)` templates (src/site/typescript-templates.ts): the compiled modules in the compiled build, else the source through tsx. */
export function typescriptTemplates(eleventyConfig: ExtensionConfig): void {
  const code = compiledCode();
  if (code) loadedTemplates((inputPath) => import(compiledModuleUrl(code, inputPath)) as Promise<TemplateModule>)(eleventyConfig);
  else importedTemplates(eleventyConfig);
}
