// The rules a release keeps: versions compared as numbers, a new one newer
// than the last and not dated before it, a snapshot the schema accepts, and
// no release note without its Dutch one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, inVersionOrder, newReleaseProblems, nextVersion, releaseNoteProblems, releaseProblems, type ReleaseFile } from './snapshot.ts';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'releases', 'release.schema.json'), 'utf8')) as object;

const release = (version: string, published: string): ReleaseFile => ({
  file: `releases/${version}.json`,
  release: { publication: 'kindreflex', version, published, units: [] },
});

describe('versions', () => {
  it('compare as numbers: 1.10 comes after 1.9, 1.0 equals 1', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.9', '1.10')).toBeLessThan(0);
    expect(compareVersions('1.0', '1')).toBe(0);
    expect(compareVersions('2', '1.99')).toBeGreaterThan(0);
    expect(inVersionOrder([release('1.10', '2027-03-01'), release('1.9', '2027-02-01'), release('1.0', '2026-11-29')]).map((r) => r.release.version)).toEqual(['1.0', '1.9', '1.10']);
    expect(nextVersion('1.9')).toBe('1.10');
  });
});

describe('a new release', () => {
  const releases = [release('1.0', '2026-11-29'), release('1.9', '2027-02-01')];

  it('may follow with a higher version on the same day or later', () => {
    expect(newReleaseProblems('1.10', '2027-02-01', releases)).toEqual([]);
    expect(newReleaseProblems('2.0', '2027-05-01', releases)).toEqual([]);
    expect(newReleaseProblems('1.0', '2026-11-29', [])).toEqual([]);
  });

  it('is refused with a version that is not newer than the last, naming it and a fix', () => {
    expect(newReleaseProblems('1.9', '2027-03-01', releases)).toEqual([
      { path: 'version', message: "'1.9' is not newer than the last release, 1.9 (releases/1.9.json)", hint: 'give a higher version, e.g. 1.10; a release is never rewritten' },
    ]);
    expect(newReleaseProblems('1.2', '2027-03-01', releases)[0]!.message).toContain('not newer');
  });

  it('is refused with a date before the last release', () => {
    expect(newReleaseProblems('1.10', '2027-01-31', releases)).toEqual([
      { path: '--date', message: '2027-01-31 is before the last release\'s date, 2027-02-01 (releases/1.9.json)', hint: 'give a date on or after 2027-02-01, or leave --date out for today' },
    ]);
  });

  it('is refused with a version or date that is none', () => {
    expect(newReleaseProblems('v1.1', '2027-03-01', releases).map((p) => p.path)).toEqual(['version']);
    expect(newReleaseProblems('1.10', '2027-02-30x', releases).map((p) => p.path)).toEqual(['--date']);
  });
});

describe('a release file', () => {
  const good = { publication: 'kindreflex', version: '1.1', published: '2027-01-15', units: [{ id: 'justitiehuis', sector: 'justitiehuis', edition: false, steps: [{ id: 'step-1', items: [{ id: 'ask', card: true }], exits: [{ to: 'step-2' }] }], contacts: [], glossary: [], texts: { nl: { name: 'Justitiehuizen', 'step.step-1.item.ask': 'Vraag.' } } }] };

  it('passes the schema as the release command writes it', () => {
    expect(releaseProblems(schema, 'releases/1.1.json', '1.1.json', good)).toEqual([]);
  });

  it('is refused when edited into something the schema refuses, naming the file, the field and how to restore it', () => {
    const edited = structuredClone(good) as Record<string, unknown> & typeof good;
    edited.units[0]!.steps[0]!.items[0]!.card = 'yes' as unknown as boolean;
    const problems = releaseProblems(schema, 'releases/1.1.json', '1.1.json', edited);
    expect(problems).toEqual([{ path: 'releases/1.1.json: units.0.steps.0.items.0.card', message: 'must be boolean', hint: 'a release is written by `npm run release` and never edited: restore it with `git checkout -- releases/1.1.json`' }]);
    expect(releaseProblems(schema, 'releases/1.1.json', '1.1.json', { ...good, texts: {} })[0]!.message).toContain("'texts'");
  });

  it('is refused when its version is not its name', () => {
    expect(releaseProblems(schema, 'releases/1.2.json', '1.2.json', good)[0]!.message).toBe("the version '1.1' is not the file's name");
  });
});

describe('release notes', () => {
  const file = (lang: string) => `locales/${lang}/releases.json`;

  it('may be in Dutch only, or Dutch and other languages', () => {
    expect(releaseNoteProblems(new Map([['nl', { '1.1': 'Stap 4 is herschreven.' }], ['fr', { '1.1': "L'étape 4 est réécrite." }]]), 'nl', file)).toEqual([]);
  });

  it('are refused in another language without the Dutch note', () => {
    expect(releaseNoteProblems(new Map<string, Record<string, string>>([['nl', {}], ['fr', { '1.1': "L'étape 4 est réécrite." }]]), 'nl', file)).toEqual([
      { path: 'locales/fr/releases.json: 1.1', message: 'a release note for 1.1 without the Dutch one', hint: 'write the Dutch note first, in locales/nl/releases.json: { "1.1": "…" }' },
    ]);
  });
});
