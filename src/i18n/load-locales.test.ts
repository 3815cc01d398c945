import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocales, LocaleError } from './load-locales.ts';

function localesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-locales-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const meta = JSON.stringify({ name: 'Nederlands', dir: 'ltr', reviewed: true });

describe('loadLocales', () => {
  it('reads every language folder, Dutch first, one namespace per file', () => {
    const dir = localesWith({ 'nl/meta.json': meta, 'nl/ui.json': '{"a":"b"}', 'de/meta.json': meta, 'de/ui.json': '{}' });
    const locales = loadLocales(dir);
    expect(locales.map((l) => l.lang)).toEqual(['nl', 'de']);
    expect(locales[0]!.resources).toEqual({ ui: { a: 'b' } });
  });

  it('names the file, line and column of invalid JSON, and the fix', () => {
    const dir = localesWith({ 'nl/meta.json': meta, 'nl/protocol.json': '{\n  "a": "b",\n  "c" "d"\n}' });
    expect(() => loadLocales(dir)).toThrow(LocaleError);
    expect(() => loadLocales(dir)).toThrow(/nl\/protocol\.json:3:7: not valid JSON .*Fix the syntax there/);
  });

  it('refuses a locales folder without Dutch', () => {
    const dir = localesWith({ 'de/meta.json': meta });
    expect(() => loadLocales(dir)).toThrow(/no 'nl' folder/);
  });

  it('refuses a meta.json without review status', () => {
    const dir = localesWith({ 'nl/meta.json': '{"name":"Nederlands","dir":"ltr"}' });
    expect(() => loadLocales(dir)).toThrow(/nl\/meta\.json: needs "reviewed"/);
  });
});
