// The first end-to-end build: validate → site, into a temporary output folder.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline/build.ts';
import { BUILD_COMMAND } from '../src/pipeline/command.ts';
import { ValidationError } from '../src/pipeline/publication.ts';
import { loadLocale, SOURCE_HASHES_FILE } from '../src/i18n/load-locales.ts';
import { acceptTranslations } from '../src/i18n/status.ts';
import { edgesOf } from '../src/protocol/graph.ts';
import { applySector } from '../src/protocol/apply-sector.ts';
import { kindreflex } from '../src/protocol/kindreflex.ts';
import { sectors } from '../src/sectors/index.ts';
import { withoutBrowser } from './helpers/stubs.ts';

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);

/** Every file under `dir` with its content, to prove a failed build changed nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

const newOutDir = () => join(mkdtempSync(join(tmpdir(), 'kr-build-')), 'output');


/** One build of the project (with stand-ins for the browser) that the tests below read and compare with, made when the first asks. */
let baseBuild: Promise<string> | undefined;
const builtOnce = () =>
  (baseBuild ??= (async () => {
    const dir = newOutDir();
    await build({ root, outDir: dir, ...withoutBrowser });
    return dir;
  })());

describe('npm run build', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await builtOnce();
  });

  for (const sector of sectors) {
    describe(`the Dutch ${sector.id} plan on one page`, () => {
      const file = () => join(outDir, 'site', 'nl', sector.id, 'plan', 'index.html');
      const page = () => parseHTML(readFileSync(file(), 'utf8')).document;

      it('is a Dutch HTML document with one h1', () => {
        expect(readFileSync(file(), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html /);
        expect(page().documentElement.getAttribute('lang')).toBe('nl');
        expect(page().documentElement.getAttribute('dir')).toBe('ltr');
        expect(page().querySelectorAll('h1')).toHaveLength(1);
      });

      it('holds every step of the model with its checklist items', () => {
        const doc = page();
        for (const step of kindreflex.steps) {
          const article = doc.querySelector(`article#${step.id}`);
          expect(article, step.id).not.toBeNull();
          expect(article!.querySelectorAll('.kr-checklist__item').length, step.id).toBe(step.items.length);
        }
      });

      it('links every branch of the model to its target step', () => {
        const doc = page();
        for (const step of kindreflex.steps) {
          for (const edge of edgesOf(step)) {
            const selector = edge.branch ? `[data-branch="${edge.branch}"] a` : '.kr-decision__branch a';
            const link = doc.querySelector(`article#${step.id} ${selector}`);
            expect(link?.getAttribute('href'), `${step.id} → ${edge.to}`).toBe(`#${edge.to}`);
          }
        }
      });

      it('shows the protocol version and publication date', () => {
        expect(page().querySelector('.kr-footer__edition')?.textContent).toBe('Versie 1.0, gepubliceerd op 29 november 2026');
      });
    });
  }

  it('offers the five PDFs and the training package on each overview page, with format, pages and size', () => {
    const { document } = parseHTML(readFileSync(join(outDir, 'site', 'nl', 'gevangenis', 'index.html'), 'utf8'));
    const links = [...document.querySelectorAll('.kr-downloads a')].map((a) => [a.getAttribute('href'), a.textContent]);
    const [training, ...pdfs] = links.reverse();
    expect(training![0]).toBe('downloads/kindreflex-gevangenis-nl-training-scorm12.zip');
    const size = Math.round(readFileSync(join(outDir, 'site', 'nl', 'gevangenis', training![0]!)).length / 1024);
    expect(training![1]).toBe(`Basisopleiding voor het leerplatform: Gevangenissen (SCORM 1.2, zip, ${size} KB)`);
    expect(pdfs.reverse()).toEqual([
      ['downloads/kindreflex-gevangenis-nl-card.pdf', 'Zakkaart: Gevangenissen (PDF, A6, 1 blz., 1 KB)'],
      ['downloads/kindreflex-gevangenis-nl-sheet.pdf', 'Snijvel met 4 zakkaarten: Gevangenissen (PDF, A4, 1 blz., 1 KB)'],
      ['downloads/kindreflex-gevangenis-nl-plan.pdf', 'Stappenplan A4: Gevangenissen (PDF, A4, 1 blz., 1 KB)'],
      ['downloads/kindreflex-gevangenis-nl-poster.pdf', 'Affiche: Gevangenissen (PDF, A3, 1 blz., 1 KB)'],
      ['downloads/kindreflex-gevangenis-nl-checklist.pdf', 'Werkchecklist: Gevangenissen (PDF, A4, 1 blz., 1 KB)'],
    ]);
  });

  it('gives every step page a check box per item to act on, says nothing is kept, and links the checklist', () => {
    for (const sector of sectors) {
      for (const step of applySector(kindreflex, sector).steps) {
        const name = `nl/${sector.id}/${step.id}`;
        const { document } = parseHTML(readFileSync(join(outDir, 'site', 'nl', sector.id, step.id, 'index.html'), 'utf8'));
        const boxes = [...document.querySelectorAll('main input[type="checkbox"]')];
        // One per item but the cautions (the page groups them by kind), each labelled; no script on the page.
        expect(boxes.map((box) => box.id).sort(), name).toEqual(step.items.filter((i) => i.kind !== 'caution').map((i) => `${step.id}-${i.id}-done`).sort());
        for (const box of boxes) expect(document.querySelector(`label[for="${box.id}"]`)?.textContent?.trim(), name).toBeTruthy();
        expect(document.querySelector('script'), name).toBeNull();
        expect(document.querySelector('.kr-tick-note')?.textContent, name).toContain('niets bewaard of verstuurd');
        expect(document.querySelector('.kr-tick-download a')?.getAttribute('href'), name).toBe(`../downloads/kindreflex-${sector.id}-nl-checklist.pdf`);
      }
    }
  });

  it('links the Dutch home page to each sector', () => {
    const { document } = parseHTML(readFileSync(join(outDir, 'site', 'nl', 'index.html'), 'utf8'));
    expect([...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual(sectors.map((s) => `${s.id}/index.html`));
  });

  it('fails on a broken definition with the named error, and leaves output/ as it was', async () => {
    const before = snapshot(outDir);
    const broken = {
      ...kindreflex,
      steps: kindreflex.steps.map((s) =>
        s.id === 'step-2' ? { ...s, decision: { branches: [{ id: 'no-doubts', to: 'step-7' }, s.decision!.branches[1]!] } } : s,
      ),
    };
    const failing = build({ root, outDir, definition: { protocol: broken, sectors }, ...withoutBrowser });
    await expect(failing).rejects.toThrow(ValidationError);
    await expect(build({ root, outDir, definition: { protocol: broken, sectors }, ...withoutBrowser })).rejects.toThrow(
      "steps[1].decision.branches[0].to: unknown step 'step-7'",
    );
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(join(outDir, '..'))).toEqual(['output']);
  });

  it('fails on bad training input, naming the file and the field, and leaves output/ as it was', async () => {
    const before = snapshot(outDir);
    const config = join(mkdtempSync(join(tmpdir(), 'kr-config-')), 'publication.config.json');
    writeFileSync(config, JSON.stringify({ siteUrl: 'https://example.org/', training: { passMark: 120 } }));
    await expect(build({ root, outDir, configFile: config, ...withoutBrowser })).rejects.toThrow(`${config}: "training.passMark" must be a number from 0 to 100`);
    // A question's template without a variable its kind fills in.
    const locales = join(mkdtempSync(join(tmpdir(), 'kr-locales-')), 'locales');
    cpSync(join(root, 'locales'), locales, { recursive: true });
    const ui = join(locales, 'nl', 'ui.json');
    const texts = JSON.parse(readFileSync(ui, 'utf8')) as { training: { question: Record<string, string> } };
    texts.training.question['decision'] = 'Naar welke stap ga je na {{step}}?';
    writeFileSync(ui, JSON.stringify(texts));
    await expect(build({ root, outDir, localesDir: locales, ...withoutBrowser })).rejects.toThrow(`${ui}: "training.question.decision" must use {{condition}}`);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('from the command line: exits non-zero with the report when Dutch text is missing, output untouched', async () => {
    const locales = mkdtempSync(join(tmpdir(), 'kr-locales-'));
    cpSync(join(root, 'locales'), locales, { recursive: true });
    const file = join(locales, 'nl', 'protocol.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    delete json.steps['step-4'].items['stay-within-competence'];
    writeFileSync(file, JSON.stringify(json));
    const before = snapshot(outDir);

    const result = await run(process.execPath, [...BUILD_COMMAND, '--out', outDir, '--locales', locales], { cwd: root }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(locales, 'nl')}/protocol.json: steps.step-4.items.stay-within-competence: missing Dutch text`);
    expect(result.stderr).toContain('fix: add the key to');
    expect(snapshot(outDir)).toEqual(before);
  });
});

describe('a second language', () => {
  it('gets its own pages, switchers and hreflang alternates, and says it is an unreviewed draft', async () => {
    const locales = mkdtempSync(join(tmpdir(), 'kr-locales-'));
    cpSync(join(root, 'locales', 'nl'), join(locales, 'nl'), { recursive: true });
    cpSync(join(locales, 'nl'), join(locales, 'xx'), { recursive: true });
    writeFileSync(join(locales, 'xx', 'meta.json'), JSON.stringify({ name: 'Testtaal', dir: 'ltr', reviewed: false }));
    // Marked as translated from today's Dutch, so nothing falls back (that is tested in tests/fallback.test.ts).
    const nl = loadLocale(locales, 'nl');
    writeFileSync(join(locales, 'xx', SOURCE_HASHES_FILE), JSON.stringify(acceptTranslations(nl.resources, { ...nl.meta, lang: 'xx', resources: nl.resources })));
    const outDir = newOutDir();
    const { publication } = await build({ root, outDir, localesDir: locales, ...withoutBrowser });

    const page = (lang: string) => parseHTML(readFileSync(join(outDir, 'site', lang, 'gevangenis', 'step-3', 'index.html'), 'utf8')).document;
    const alternates = [...page('nl').querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    // Absolute, on the public site (search engines ignore relative ones); x-default is the choice of language.
    const at = (path: string) => new URL(path, publication.siteUrl).href;
    expect(alternates).toEqual([
      ['nl', at('nl/gevangenis/step-3/')],
      ['xx', at('xx/gevangenis/step-3/')],
      ['x-default', at('')],
    ]);
    const switcher = [...page('xx').querySelectorAll('.kr-switcher--language a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(switcher).toEqual([
      ['Nederlands', '../../../nl/gevangenis/step-3/index.html'],
      ['Testtaal', 'index.html'],
    ]);
    expect(page('xx').querySelector('.kr-draft-notice')?.textContent).toBe('Ontwerpvertaling, nog niet nagekeken. Bij twijfel geldt de Nederlandse tekst.');
    expect(page('nl').querySelector('.kr-draft-notice')).toBeNull();
  });
});

describe('the manifest', () => {
  it('lists every file of the build with its sha256, the protocol edition and the commit', async () => {
    const outDir = await builtOnce();
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    // The latest release's (releases/1.0.json): the definition names no version of its own.
    expect(manifest.protocol).toEqual({ id: 'kindreflex', version: '1.0', published: '2026-11-29' });
    expect(manifest.build.commit).toMatch(/^[0-9a-f]{40}$|^unknown/);
    const onDisk = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'manifest.json')
      .map((e) => relative(outDir, join(e.parentPath, e.name)))
      .sort();
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(onDisk);
    const card = manifest.files.find((f: { path: string }) => f.path === 'site/nl/gevangenis/downloads/kindreflex-gevangenis-nl-card.pdf');
    expect(card.sha256).toBe(createHash('sha256').update(readFileSync(join(outDir, card.path))).digest('hex'));
  });

  it('is the same for two builds of the same commit, and so is the site', async () => {
    const [a, b] = [await builtOnce(), newOutDir()];
    await build({ root, outDir: b, ...withoutBrowser });
    expect(readFileSync(join(a, 'manifest.json'), 'utf8')).toBe(readFileSync(join(b, 'manifest.json'), 'utf8'));
  });
});

describe('a build without a browser', () => {
  it('fails before writing anything, saying how to get one, and leaves output/ as it was', async () => {
    // A finished build's output, copied: what a failed build must leave as it was.
    const outDir = newOutDir();
    cpSync(await builtOnce(), outDir, { recursive: true });
    const before = snapshot(outDir);
    const saved = process.env['PUPPETEER_EXECUTABLE_PATH'];
    process.env['PUPPETEER_EXECUTABLE_PATH'] = '/nowhere/chromium';
    try {
      // The real renderer and printer: they look for the browser, and find none.
      await expect(build({ root, outDir })).rejects.toThrow(/PUPPETEER_EXECUTABLE_PATH is set to '\/nowhere\/chromium', but there is no file there/);
    } finally {
      if (saved === undefined) delete process.env['PUPPETEER_EXECUTABLE_PATH'];
      else process.env['PUPPETEER_EXECUTABLE_PATH'] = saved;
    }
    expect(snapshot(outDir)).toEqual(before);
  });
});

describe('markup in a translation', () => {
  it('shows as text on every page and every card, never as markup', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>';
    const locales = mkdtempSync(join(tmpdir(), 'kr-locales-'));
    cpSync(join(root, 'locales'), locales, { recursive: true });
    const file = join(locales, 'nl', 'protocol.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.steps['step-3'].title = `Ondersteun ${hostile}`;
    json.steps['step-4'].decision.safe = `Veilig? ${hostile}`;
    writeFileSync(file, JSON.stringify(json));
    const outDir = newOutDir();
    await build({ root, outDir, localesDir: locales, ...withoutBrowser });

    const html = [
      join(outDir, 'site', 'nl', 'gevangenis', 'step-3', 'index.html'),
      join(outDir, 'site', 'nl', 'gevangenis', 'step-4', 'index.html'),
      join(outDir, 'site', 'nl', 'gevangenis', 'plan', 'index.html'),
      join(outDir, 'site', 'nl', 'gevangenis', 'flowchart', 'index.html'),
      join(outDir, 'print', 'nl', 'gevangenis', 'card', 'index.html'),
      join(outDir, 'print', 'nl', 'gevangenis', 'plan', 'index.html'),
    ];
    for (const path of html) {
      const { document } = parseHTML(readFileSync(path, 'utf8'));
      expect(document.body.textContent, path).toContain('<script>alert(1)</script>');
      expect(document.querySelectorAll('script:not([src]), img[onerror], [href^="javascript:"]').length, path).toBe(0);
    }
  });
});

describe('a broken definition, through the command line', () => {
  it('exits non-zero naming every problem with its path and fix: unknown step, unreachable step, cycle with no way out, duplicate id, empty step', async () => {
    const broken = JSON.parse(JSON.stringify(kindreflex));
    broken.steps[1].decision.branches[0].to = 'step-7'; // unknown step
    broken.steps.push({ id: 'step-9', phase: 'follow-up', responsibility: 'team-or-network', items: [{ id: 'x', kind: 'do' }], next: 'step-6' }); // unreachable
    // step 5 leads only into a cycle with no way out (step 10) and to an empty step (step 11)
    broken.steps[4].decision.branches = [{ id: 'improves', to: 'step-10' }, { id: 'not-restored', to: 'step-11' }];
    broken.steps.push({ id: 'step-10', phase: 'follow-up', responsibility: 'team-or-network', items: [{ id: 'y', kind: 'do' }], next: 'step-5' });
    broken.steps.push({ id: 'step-11', phase: 'follow-up', responsibility: 'team-or-network', items: [] });
    broken.steps[2].items.push({ id: 'ask-regularly', kind: 'do' }); // duplicate id
    const dir = mkdtempSync(join(tmpdir(), 'kr-definition-'));
    writeFileSync(join(dir, 'broken.mjs'), `export default ${JSON.stringify(broken)};\n`);
    const outDir = newOutDir();

    const result = await run(process.execPath, [...BUILD_COMMAND, '--out', outDir, '--definition', join(dir, 'broken.mjs')], { cwd: root }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    for (const line of [
      "steps[1].decision.branches[0].to: unknown step 'step-7'",
      "steps[8]: step 'step-11' has neither items nor exits",
      "steps[2].items[7].id: duplicate item id 'ask-regularly' (also at steps[2].items[0])",
      "steps[6]: step 'step-9' cannot be reached from the start ('step-1')",
      "steps[4]: follow-up step 'step-5' can never reach support or escalation",
      "steps[7]: follow-up step 'step-10' can never reach support or escalation",
    ]) {
      expect(result.stderr).toContain(line);
    }
    expect(result.stderr).toMatch(/fix: /);
    expect(result.stderr).toContain('output/ was left as it was');
  });
});
