// Another protocol than the Kindreflex, with its own sectors, sources and
// locales, builds through the same code. Its own build (a different
// definition is the point), with the stand-in renderers: the browser is not.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/pipeline/build.ts';
import { definePublication } from '../src/protocol/definition.ts';
import { textsFor, tinyProtocol } from '../src/protocol/test-fixtures.ts';
import type { Sector } from '../src/protocol/types.ts';
import { withoutBrowser } from './helpers/stubs.ts';

const root = join(import.meta.dirname, '..');

describe('a publication definition of another protocol', () => {
  it('builds its own sectors from its own locales, with none of the Kindreflex', async () => {
    // The language home cites the introduction's 'method' and 'six-steps' paragraphs.
    const protocol = { ...tinyProtocol(), introduction: ['method', 'six-steps'] };
    const sectors: Sector[] = [
      { id: 'school', source: 'seed', terms: ['client'] },
      { id: 'club', source: 'seed', terms: ['client'], dropsItems: [{ step: 'ask', item: 'talk' }] },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'kr-other-definition-'));
    const localesDir = join(dir, 'locales');
    mkdirSync(join(localesDir, 'nl'), { recursive: true });
    for (const [namespace, texts] of Object.entries(textsFor(protocol, sectors))) {
      writeFileSync(join(localesDir, 'nl', `${namespace}.json`), JSON.stringify(texts));
    }
    cpSync(join(root, 'locales', 'nl', 'ui.json'), join(localesDir, 'nl', 'ui.json'));
    cpSync(join(root, 'locales', 'nl', 'meta.json'), join(localesDir, 'nl', 'meta.json'));
    const definition = definePublication({ protocol, sectors, localesDir });

    const { outDir } = await build({ root, outDir: join(dir, 'output'), definition, ...withoutBrowser });

    const page = (path: string) => readFileSync(join(outDir, 'site', path, 'index.html'), 'utf8');
    expect(page('nl/school/ask')).toContain('tekst voor steps.ask.items.talk');
    expect(page('nl/club/ask')).not.toContain('tekst voor steps.ask.items.talk');
    expect(page('nl/club/about')).toContain('Seed');
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { protocol: { id: string }; files: { path: string }[] };
    expect(manifest.protocol.id).toBe('tiny');
    const files = manifest.files.map((f) => f.path);
    expect(files.filter((f) => /justitiehuis|gevangenis/.test(f))).toEqual([]);
    expect(files).toContain('site/nl/club/downloads/kindreflex-club-nl-card.pdf');
  });
});
