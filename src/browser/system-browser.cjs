// @ts-check
// Plain CommonJS on purpose: `.puppeteerrc.cjs` needs this during `npm ci`,
// before any TypeScript loader is installed.
const { accessSync, constants } = require('node:fs');
const { delimiter, join } = require('node:path');

/** Browser binaries we accept from the system, most specific first. */
const SYSTEM_BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The first of `names` that is an executable file on `pathValue` (default: $PATH).
 * @param {readonly string[]} [names]
 * @param {string} [pathValue]
 * @returns {string | undefined}
 */
function findSystemBrowser(names = SYSTEM_BROWSER_NAMES, pathValue = process.env.PATH ?? '') {
  for (const name of names) {
    for (const dir of pathValue.split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}

module.exports = { SYSTEM_BROWSER_NAMES, findSystemBrowser };
