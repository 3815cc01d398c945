import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeKind, RebuildQueue, watchedPaths, watchInputs, type ChangeKind } from './watch.ts';

const root = '/project';
const paths = watchedPaths({
  root,
  localesDir: '/project/locales',
  editionsDir: '/project/editions',
  releasesDir: '/project/releases',
  outDir: '/project/output',
  cacheDir: '/project/node_modules/.cache/kindreflex',
  definitionFile: '/drafts/protocol.ts',
});

describe('what --watch follows', () => {
  it('rebuilds in the process for texts, translations, editions and the site address', () => {
    expect(changeKind(paths, '/project/locales/fr/protocol.json')).toBe('content');
    expect(changeKind(paths, '/project/editions/jh-gent.json')).toBe('content');
    expect(changeKind(paths, '/project/releases/1.1.json')).toBe('content');
    expect(changeKind(paths, '/project/publication.config.json')).toBe('content');
  });

  it('starts a new process for code: src, templates, scripts, the Eleventy configuration, the packages, a --definition module', () => {
    for (const file of ['src/views/plan.ts', 'templates/css/print.css', 'templates/print/card.11ty.tsx', 'scripts/build.ts', 'eleventy.config.ts', 'package-lock.json']) {
      expect(changeKind(paths, join(root, file)), file).toBe('code');
    }
    expect(changeKind(paths, '/drafts/protocol.ts')).toBe('code');
  });

  it('ignores the build’s own output, editors’ swap and backup files, and files it does not read', () => {
    expect(changeKind(paths, '/project/output/site/index.html')).toBeUndefined();
    expect(changeKind(paths, '/project/locales/fr/.protocol.json.swp')).toBeUndefined();
    expect(changeKind(paths, '/project/locales/fr/protocol.json~')).toBeUndefined();
    expect(changeKind(paths, '/project/src/4913')).toBeUndefined();
    expect(changeKind(paths, '/project/README.md')).toBeUndefined();
    expect(changeKind(paths, '/project/localesbis/fr.json')).toBeUndefined();
  });

  it('lets the innermost watched folder decide: locales kept inside src/ are still text', () => {
    const inside = watchedPaths({ root, localesDir: '/project/src/fixtures/locales', editionsDir: '/project/editions', outDir: '/project/output' });
    expect(changeKind(inside, '/project/src/fixtures/locales/fr/ui.json')).toBe('content');
    expect(changeKind(inside, '/project/src/fixtures/other.ts')).toBe('code');
  });
});

describe('the rebuild queue', () => {
  const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('runs once for a burst of changes, never twice at once, and once more for changes made while it ran', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    let release = () => {};
    const queue = new RebuildQueue(async () => {
      runs++;
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => (release = resolve));
      running--;
    }, 10);
    queue.request();
    queue.request();
    queue.request();
    await tick(40);
    expect(runs).toBe(1);
    queue.request();
    queue.request();
    release();
    await tick(40);
    expect(runs).toBe(2);
    release();
    await queue.idle();
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it('drops a waiting run when cancelled, and keeps going after a run that failed', async () => {
    let runs = 0;
    const queue = new RebuildQueue(async () => {
      runs++;
      throw new Error('a broken translation');
    }, 10);
    queue.request();
    queue.cancel();
    await tick(30);
    expect(runs).toBe(0);
    queue.request();
    await queue.idle();
    queue.request();
    await queue.idle();
    expect(runs).toBe(2);
  });
});

describe('watching the file system', () => {
  it('reports a saved translation as content and a saved module as code, and nothing for other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-watch-'));
    for (const folder of ['locales/fr', 'editions', 'src/views', 'templates']) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'publication.config.json'), '{}');
    writeFileSync(join(dir, 'locales', 'fr', 'protocol.json'), '{}');
    writeFileSync(join(dir, 'locales', 'fr', 'ui.json'), '{}');
    const seen: [ChangeKind, string][] = [];
    const watcher = watchInputs(watchedPaths({ root: dir, localesDir: join(dir, 'locales'), editionsDir: join(dir, 'editions'), outDir: join(dir, 'output') }), (kind, path) =>
      seen.push([kind, path]),
    );
    await watcher.ready;
    try {
      const waitFor = async (what: () => boolean) => {
        for (let i = 0; i < 150 && !what(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      };
      writeFileSync(join(dir, 'README.md'), 'not read by the build');
      writeFileSync(join(dir, 'locales', 'fr', 'protocol.json'), '{"title": "Étape"}');
      await waitFor(() => seen.some(([, path]) => path.endsWith('protocol.json')));
      writeFileSync(join(dir, 'publication.config.json'), '{"siteUrl": "https://example.org/"}');
      await waitFor(() => seen.some(([, path]) => path.endsWith('publication.config.json')));
      // Saved as editors and sed -i do: a new file renamed over the old one, twice.
      for (const version of ['{"a": 1}', '{"a": 2}']) {
        // A person saves at most a few times a second.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const before = seen.length;
        writeFileSync(join(dir, 'locales', 'fr', 'ui.json.new'), version);
        renameSync(join(dir, 'locales', 'fr', 'ui.json.new'), join(dir, 'locales', 'fr', 'ui.json'));
        await waitFor(() => seen.slice(before).some(([, path]) => path.endsWith('ui.json')));
        expect(seen.slice(before), version).toContainEqual(['content', join(dir, 'locales', 'fr', 'ui.json')]);
      }
      writeFileSync(join(dir, 'src', 'views', 'plan.ts'), 'export {};');
      await waitFor(() => seen.some(([kind]) => kind === 'code'));
      expect(seen).toContainEqual(['content', join(dir, 'locales', 'fr', 'protocol.json')]);
      expect(seen).toContainEqual(['content', join(dir, 'publication.config.json')]);
      expect(seen).toContainEqual(['code', join(dir, 'src', 'views', 'plan.ts')]);
      expect(seen.filter(([, path]) => path.endsWith('README.md'))).toEqual([]);
    } finally {
      await watcher.close();
    }
  });
});
