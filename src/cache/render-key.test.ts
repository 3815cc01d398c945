// The render cache's key: every input that can change a rendered file's
// bytes changes its key, and nothing else does.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrintJob } from './render-jobs.ts';
import { diagramKey, pdfKey, printAssets, uncovered } from './cached-render.ts';
import { hashFiles } from './environment.ts';
import { renderKey, type RenderEnvironment } from './render-key.ts';

const environment: RenderEnvironment = {
  browser: 'Chromium 156.0.8078.108',
  packages: { mermaid: '11.17.2', '@cantoo/pdf-lib': '2.11.1', puppeteer: '24.43.1' },
  code: 'code-digest',
  typeface: 'typeface-digest',
  systemFonts: 'fonts-digest',
  runtime: 'node 20.20.2, zlib 1.3.1',
  renderer: 'browser',
};

describe('renderKey', () => {
  const key = (env: RenderEnvironment = environment, inputs: Record<string, string> = { html: '<p>a</p>' }) => renderKey('pdf', env, inputs);

  it('is the same for the same inputs, whatever the order of their names', () => {
    expect(renderKey('pdf', environment, { a: '1', b: '2' })).toBe(renderKey('pdf', { ...environment }, { b: '2', a: '1' }));
  });

  it.each([
    ['the browser version', { browser: 'Chromium 157.0.0.1' }],
    ['a package version (mermaid)', { packages: { ...environment.packages, mermaid: '11.18.0' } }],
    ['a package version (@cantoo/pdf-lib)', { packages: { ...environment.packages, '@cantoo/pdf-lib': '2.12.0' } }],
    ['the rendering code', { code: 'other' }],
    ['the typeface', { typeface: 'other' }],
    ['the system fonts', { systemFonts: 'other' }],
    ['the runtime (Node and its zlib)', { runtime: 'node 22.0.0, zlib 1.3.1' }],
    ['the renderer (a stand-in)', { renderer: 'stand-in' }],
  ] as const)('changes with %s', (_, change) => {
    expect(key({ ...environment, ...change })).not.toBe(key());
  });

  it('changes with the inputs and the kind, and inputs cannot run together', () => {
    expect(key(environment, { html: '<p>b</p>' })).not.toBe(key());
    expect(renderKey('svg', environment, { html: '<p>a</p>' })).not.toBe(key());
    expect(renderKey('pdf', environment, { a: 'bc', b: '' })).not.toBe(renderKey('pdf', environment, { a: 'b', b: 'c' }));
    expect(renderKey('pdf', environment, { a: ['1', '2'] as unknown as string })).not.toBe(renderKey('pdf', environment, { a: '12' }));
  });
});

describe('diagramKey', () => {
  const diagram = { id: 'kindreflex-nl-gevangenis-screen', source: 'flowchart TD\n  a --> b', config: { themeVariables: { fontSize: '16px' } } };
  it('changes with the source, the theme configuration and the id (it seeds the SVG ids)', () => {
    const base = diagramKey(environment, diagram);
    expect(diagramKey(environment, { ...diagram, source: 'flowchart TD\n  a --> c' })).not.toBe(base);
    expect(diagramKey(environment, { ...diagram, config: { themeVariables: { fontSize: '24px' } } })).not.toBe(base);
    expect(diagramKey(environment, { ...diagram, id: 'kindreflex-fr-gevangenis-screen' })).not.toBe(base);
    expect(diagramKey({ ...environment, browser: 'other' }, diagram)).not.toBe(base);
    expect(diagramKey(environment, { ...diagram })).toBe(base);
  });
});

/** A print folder: two pages, a style sheet, a font, a QR image. */
function printFolder(): { dir: string; job: PrintJob; key: () => string } {
  const dir = mkdtempSync(join(tmpdir(), 'kr-key-print-'));
  for (const page of ['nl/a/card', 'fr/a/card']) {
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), `<link rel="stylesheet" href="../../../css/print.css"><p>${page}</p>`);
    writeFileSync(join(dir, page, 'qr.svg'), `<svg>${page}</svg>`);
  }
  mkdirSync(join(dir, 'css'));
  writeFileSync(join(dir, 'css', 'print.css'), 'p { color: black }');
  mkdirSync(join(dir, 'fonts'));
  writeFileSync(join(dir, 'fonts', 'face.woff2'), Buffer.from([1, 2, 3]));
  const job: PrintJob = {
    htmlFile: join(dir, 'nl/a/card/index.html'),
    pdfFile: '/elsewhere/card.pdf',
    sitePath: 'nl/a/downloads/card.pdf',
    name: 'card a/nl',
    paper: { widthMm: 105, heightMm: 148 },
    date: '2026-11-29',
  };
  return { dir, job, key: () => pdfKey(environment, dir, printAssets(dir).digest, job) };
}

describe('pdfKey', () => {
  it('changes with the page, and with every file of the print folder the page can load', () => {
    const { dir, key } = printFolder();
    const keys = [key()];
    writeFileSync(join(dir, 'nl/a/card/index.html'), '<p>changed</p>');
    keys.push(key());
    writeFileSync(join(dir, 'css', 'print.css'), 'p { color: red }');
    keys.push(key());
    writeFileSync(join(dir, 'fonts', 'face.woff2'), Buffer.from([1, 2, 4]));
    keys.push(key());
    writeFileSync(join(dir, 'nl/a/card/qr.svg'), '<svg>other</svg>');
    keys.push(key());
    writeFileSync(join(dir, 'css', 'new.png'), 'an image added');
    keys.push(key());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("does not change with another page's HTML, or with where the build writes", () => {
    const { dir, job, key } = printFolder();
    const before = key();
    writeFileSync(join(dir, 'fr/a/card/index.html'), '<p>une autre page</p>');
    expect(key()).toBe(before);
    expect(pdfKey(environment, dir, printAssets(dir).digest, { ...job, pdfFile: '/somewhere/else.pdf' })).toBe(before);
  });

  it("changes with the job's paper, date and options", () => {
    const { dir, job, key } = printFolder();
    const assets = printAssets(dir).digest;
    const before = key();
    expect(pdfKey(environment, dir, assets, { ...job, paper: { widthMm: 210, heightMm: 297 } })).not.toBe(before);
    expect(pdfKey(environment, dir, assets, { ...job, date: '2027-01-01' })).not.toBe(before);
    expect(pdfKey(environment, dir, assets, { ...job, outline: true })).not.toBe(before);
  });
});

describe('uncovered', () => {
  it('names what a print loaded beyond its page and the files its key covered', () => {
    const { dir, job } = printFolder();
    const { files } = printAssets(dir);
    const css = join(dir, 'css', 'print.css');
    expect(uncovered(files, job, [job.htmlFile, css])).toEqual([]);
    expect(uncovered(files, job, [join(dir, 'fr/a/card/index.html'), '/etc/hosts', 'https://example.org/x.css', join(dir, 'later.css')])).toEqual([
      join(dir, 'fr/a/card/index.html'), '/etc/hosts', 'https://example.org/x.css', join(dir, 'later.css'),
    ]);
  });
});

describe('the environment as the key sees it', () => {
  it('hashes whole folders: a module added to a folder, or a typeface file changed, changes the digest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-key-code-'));
    mkdirSync(join(dir, 'browser'));
    writeFileSync(join(dir, 'browser', 'print.ts'), 'export {}');
    const before = hashFiles([join(dir, 'browser'), join(dir, 'pdf')], dir);
    mkdirSync(join(dir, 'pdf'));
    writeFileSync(join(dir, 'pdf', 'tag.ts'), 'export {}');
    const added = hashFiles([join(dir, 'browser'), join(dir, 'pdf')], dir);
    expect(added).not.toBe(before);
    writeFileSync(join(dir, 'face.woff2'), Buffer.from([0, 1]));
    const face = hashFiles([join(dir, 'face.woff2')], dir);
    writeFileSync(join(dir, 'face.woff2'), Buffer.from([0, 2]));
    expect(hashFiles([join(dir, 'face.woff2')], dir)).not.toBe(face);
  });
});
