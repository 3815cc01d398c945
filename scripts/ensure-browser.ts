// Makes sure a browser for Puppeteer is on this machine.
//   npm run ensure-browser            fail (exit 1) if none can be had
//   ... --lenient                     warn only: `npm ci` runs it, and must never
//                                     fail just because a browser download is blocked
// On Debian as root it installs Debian's chromium with apt-get, the way
// `playwright install --with-deps` installs system packages; elsewhere it
// prints the one command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BrowserNotFoundError, findBrowser, INSTALL_BROWSER_HINT } from '../src/browser/find-browser.ts';

const lenient = process.argv.includes('--lenient');

function run(command: string, args: string[]): boolean {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function fail(message: string): never {
  console[lenient ? 'warn' : 'error'](`ensure-browser: ${message}`);
  process.exit(lenient ? 0 : 1);
}

/**
 * poppler-utils (pdfinfo, pdffonts, pdftoppm) and qpdf: the PDF tests read
 * the printed files with them, and qpdf checks their structure (PDF/UA test).
 */
const PDF_TOOLS = [
  { command: 'pdfinfo', args: ['-v'], pkg: 'poppler-utils' },
  { command: 'qpdf', args: ['--version'], pkg: 'qpdf' },
] as const;

function ensurePdfTools(debianRoot: boolean): void {
  const missing = PDF_TOOLS.filter(({ command, args }) => spawnSync(command, [...args]).error !== undefined).map((tool) => tool.pkg);
  if (missing.length === 0) return;
  const installed = debianRoot && run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  if (!installed) {
    console.warn(`ensure-browser: ${missing.join(' and ')} missing, so the PDF tests cannot run. Install them (apt-get install ${missing.join(' ')}).`);
  }
}

async function main(): Promise<void> {
  let found;
  try {
    found = await findBrowser();
  } catch (error) {
    if (error instanceof BrowserNotFoundError) fail(error.message);
    throw error;
  }
  const debianRoot = existsSync('/etc/debian_version') && process.getuid?.() === 0;
  if (found) {
    console.log(`ensure-browser: using ${found.executablePath} (found via ${found.source})`);
    ensurePdfTools(debianRoot);
    return;
  }
  if (!debianRoot) fail(`no Chrome or Chromium browser found. ${INSTALL_BROWSER_HINT}`);

  console.log("ensure-browser: no browser found; installing Debian's chromium");
  const installed =
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core', 'poppler-utils', 'qpdf']);
  const after = await findBrowser();
  if (!installed || !after) fail(`apt-get could not install chromium. ${INSTALL_BROWSER_HINT}`);
  console.log(`ensure-browser: using ${after.executablePath} (found via ${after.source})`);
}

await main();
