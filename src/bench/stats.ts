// Pure helpers for `npm run bench`: medians, number formats and the
// Markdown table BENCHMARKS.md is made of (its format stays stable, so runs
// can be compared by diff).

/** The median of `xs` (the mean of the two middle values for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 600_000) return `${(ms / 60_000).toFixed(0)} min`;
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}

/** One figure of the bench: what, its value, the target, and whether it is met (undefined: no target). */
export interface Figure {
  what: string;
  value: string;
  target?: string;
  met?: boolean;
  /** How it was measured: runs, sample count, a caveat. */
  note?: string;
}

export function verdict(met: boolean | undefined): string {
  return met === undefined ? '' : met ? 'met' : '**missed**';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table: a header row, a rule, one row per entry; cells escaped. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${headers.map((_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function figuresTable(figures: readonly Figure[]): string {
  return markdownTable(
    ['figure', 'median', 'target', 'verdict', 'how'],
    figures.map((f) => [f.what, f.value, f.target ?? '', verdict(f.met), f.note ?? '']),
  );
}

/**
 * Least-squares line `y = fixed + perUnit · x` through the points: how a
 * cost grows with the number of variants (the slope is the cost per variant).
 */
export function linearFit(points: readonly { x: number; y: number }[]): { fixed: number; perUnit: number } {
  const n = points.length;
  if (n === 0) return { fixed: Number.NaN, perUnit: Number.NaN };
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return { fixed: 0, perUnit: my / (mx || 1) };
  const perUnit = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { fixed: my - perUnit * mx, perUnit };
}
