// `npm run lighthouse` writes only the block between the lighthouse markers
// of BENCHMARKS.md; `npm run bench` rewrites the rest and keeps the block
// (src/bench/report.ts).
import { LIGHTHOUSE_END, LIGHTHOUSE_START, lighthouseBlock } from './report.ts';

export { LIGHTHOUSE_END, LIGHTHOUSE_START, lighthouseBlock };

/** The text with its Lighthouse block replaced by `body` (between markers), or the block appended at the end. */
export function withLighthouseBlock(markdown: string, body: string): string {
  const block = `${LIGHTHOUSE_START}\n${body.trim()}\n${LIGHTHOUSE_END}`;
  const old = lighthouseBlock(markdown);
  if (old !== undefined) return markdown.replace(old, () => block);
  return `${markdown.trimEnd()}\n\n${block}\n`;
}
