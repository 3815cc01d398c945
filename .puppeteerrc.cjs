// Puppeteer reads this when it installs (should it download its own Chrome?)
// and when it launches. Its download is skipped when we will use a system
// browser instead: one named in PUPPETEER_EXECUTABLE_PATH, one on PATH, or
// Debian's chromium, which `scripts/ensure-browser.ts` installs as root on
// Debian. Anywhere else (a laptop with internet) Puppeteer downloads as usual.
const { existsSync } = require('node:fs');
const { findSystemBrowser } = require('./src/browser/system-browser.cjs');

const debianRoot = existsSync('/etc/debian_version') && process.getuid?.() === 0;

/** @type {import('puppeteer').Configuration} */
module.exports = {
  skipDownload: Boolean(process.env.PUPPETEER_EXECUTABLE_PATH || findSystemBrowser() || debianRoot),
};
