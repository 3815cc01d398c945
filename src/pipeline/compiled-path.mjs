// Where the compiled build puts the module of a source file: the same path,
// with `.mjs` for `.ts`, `.tsx` (and `.mts`, `.cts`). Shared by the compiler
// (scripts/lib/compiled-code.mjs) and the compiled code that looks its modules
// up (src/pipeline/code.ts).

/**
 * `templates/step.11ty.tsx` → `templates/step.11ty.mjs`.
 * @param {string} sourcePath
 */
export function compiledPath(sourcePath) {
  return sourcePath.replace(/\.[cm]?tsx?$/, '.mjs');
}
