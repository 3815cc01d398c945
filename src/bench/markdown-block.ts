// BENCHMARKS.md is written by two commands: `npm run bench` rewrites the
// whole file, `npm run lighthouse` only the block between these markers. Each
// keeps the other's part.
import { existsSync, readFileSync } from 'node:fs';

export const LIGHTHOUSE_START = '<!-- lighthouse:start -->';
export const LIGHTHOUSE_END = '<!-- lighthouse:end -->';

/** The Lighthouse block of a file's text, markers included, or undefined when it has none. */
export function lighthouseBlock(markdown: string): string | undefined {
  const start = markdown.indexOf(LIGHTHOUSE_START);
  const end = markdown.indexOf(LIGHTHOUSE_END, start);
  return start === -1 || end === -1 ? undefined : markdown.slice(start, end + LIGHTHOUSE_END.length);
}

/** The text with its Lighthouse block replaced by `body` (between markers), or the block appended at the end. */
export function withLighthouseBlock(markdown: string, body: string): string {
  const block = `${LIGHTHOUSE_START}\n${body.trim()}\n${LIGHTHOUSE_END}`;
  const old = lighthouseBlock(markdown);
  if (old !== undefined) return markdown.replace(old, () => block);
  return `${markdown.trimEnd()}\n\n${block}\n`;
}

/** A new report with the Lighthouse block the file at `path` had (for the bench, which rewrites the file). */
export function keepLighthouseBlock(path: string, report: string): string {
  const old = existsSync(path) ? lighthouseBlock(readFileSync(path, 'utf8')) : undefined;
  return old === undefined ? report : withLighthouseBlock(report, old.slice(LIGHTHOUSE_START.length, -LIGHTHOUSE_END.length));
}
