// BENCHMARKS.md is rewritten by every `npm run bench`, but one part of it is
// not the bench's: the Lighthouse scores another tool writes between
// `<!-- lighthouse:start -->` and `<!-- lighthouse:end -->`. That block is
// carried over from the old file, as it was.
export const LIGHTHOUSE_START = '<!-- lighthouse:start -->';
export const LIGHTHOUSE_END = '<!-- lighthouse:end -->';

/** The Lighthouse block of `text`, markers included, or undefined. */
export function lighthouseBlock(text: string): string | undefined {
  const start = text.indexOf(LIGHTHOUSE_START);
  const end = text.indexOf(LIGHTHOUSE_END, start);
  return start >= 0 && end >= 0 ? text.slice(start, end + LIGHTHOUSE_END.length) : undefined;
}

/**
 * The new report with the old file's Lighthouse block: in place of the
 * report's own block if it has one (empty markers), else at its end.
 */
export function keepLighthouse(report: string, oldFile: string): string {
  const kept = lighthouseBlock(oldFile);
  if (!kept) return report;
  const own = lighthouseBlock(report);
  if (own) return report.replace(own, kept);
  return `${report.trimEnd()}\n\n${kept}\n`;
}
