// The import's report, as the terminal shows it.
import type { ImportSummary } from './import.ts';

const list = (keys: readonly string[], limit = 20) => [...keys.slice(0, limit).map((k) => `  ${k}`), ...(keys.length > limit ? [`  … and ${keys.length - limit} more`] : [])];

const units = (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`;

export function formatImportSummary(summary: ImportSummary, written: readonly string[]): string {
  const lines = [
    `${summary.lang}: ${units(summary.updated.length)} updated, ${summary.unchanged.length} unchanged, ${summary.missing.length} still missing, ${summary.stale.length} stale, ${summary.tooLong.length} longer than their room.`,
  ];
  if (summary.accepted > 0) lines.push(`${summary.accepted} marked as made from today's Dutch text (.source-hashes.json).`);
  if (summary.sourceChanged.length > 0) {
    lines.push('', `${summary.sourceChanged.length} whose Dutch text changed while the file was out: imported, but still stale (translate them again from today's Dutch):`, ...list(summary.sourceChanged));
  }
  if (summary.tooLong.length > 0) {
    lines.push('', 'Updated with a text longer than its room on the card or poster (check it in the build: a text that does not fit fails it):', ...summary.tooLong.map((t) => `  ${t.key}: ${t.length} characters, room for ${t.size}`));
  }
  if (summary.stale.length > 0 && summary.accepted === 0) {
    lines.push('', `Stale until accepted: check them with npm run build -- --watch, then npm run i18n:status -- --accept ${summary.lang} (or import with --accept).`);
  }
  lines.push('', written.length > 0 ? `Written: ${written.join(', ')}.` : 'Nothing changed in locales/.');
  return lines.join('\n');
}
