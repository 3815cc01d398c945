// PDF/UA-1 (src/pdf/accessibility.ts), checked on what the build writes and
// on Chromium's own output before and after the pass: every PDF passes the
// checks of tests/helpers/pdf-ua-check.ts, poppler reads its structure without a
// complaint and qpdf finds it valid; the pass changes neither the text, nor
// its order, nor a pixel; form fields end up in Form elements.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { makeAccessible, PdfAccessibilityError } from '../src/pdf/accessibility.ts';
import { elements, kidsOf, parentTreeEntries } from '../src/pdf/structure-tree.ts';
import { pdfUaProblems } from './helpers/pdf-ua-check.ts';
import { contentOrder } from './helpers/pdf-structure.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild, type SharedBuild } from './helpers/shared-build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kr-pdfua-'));
let result: SharedBuild;
let browser: Browser;

const pdfsUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(dir, f));

// The shared build, asked for by the describes that read it (the form fixtures do not).
const built = async () => {
  result = await sharedBuild();
};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every PDF the build writes', () => {
  beforeAll(built, SHARED_BUILD_TIMEOUT);
  it('passes the PDF/UA checks: XMP, role map, list items, parent tree, artifacts, form fields', async () => {
    const files = pdfsUnder(result.siteDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      expect(pdfUaProblems(doc), file).toEqual([]);
    }
  });

  it('is read by poppler without a structure complaint, and is valid for qpdf', () => {
    for (const file of pdfsUnder(result.siteDir)) {
      const struct = spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
      expect(struct.status, file).toBe(0);
      expect(struct.stderr, file).not.toMatch(/wrong type|Syntax Error|Syntax Warning/);
      expect(struct.stdout, file).not.toMatch(/\bStrong\b/);
      const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(check.status, `${file}: ${check.stdout}${check.stderr}`).toBe(0);
    }
  });
});

/** Chromium's PDF of a print page, as finishPdf receives it. */
async function printTagged(htmlFile: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  } finally {
    await page.close();
  }
}

const isSubsequence = (short: readonly string[], long: readonly string[]) => {
  let i = 0;
  for (const line of long) if (line === short[i]) i++;
  return i === short.length;
};

/** What a reader gets from a PDF: its text, its text in structure order, and each page as pixels. */
function readings(pdf: Uint8Array, name: string) {
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, pdf);
  // poppler's complaints about Chromium's PDF go to stderr: the other test reads them, here they are noise.
  const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  // -struct-text prints the tree with each element's text: keep the text lines, so LBody levels and
  // elements without text (a border, now an artifact) do not count.
  const structText = run('pdfinfo', ['-struct-text', file])
    .split('\n')
    .filter((line) => line.trim().startsWith('"') && line.trim() !== '""')
    .map((line) => line.trim());
  execFileSync('pdftoppm', ['-r', '50', '-png', file, join(scratch, name)]);
  const pngs = readdirSync(scratch)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => readFileSync(join(scratch, f)).toString('base64'));
  return { text: run('pdftotext', ['-layout', file, '-']), rawText: run('pdftotext', ['-raw', file, '-']), structText, pngs };
}

describe('the PDF/UA pass on a PDF straight from Chromium', () => {
  beforeAll(built, SHARED_BUILD_TIMEOUT);
  it.each(['plan', 'sheet', 'card'])('changes neither the text, nor its reading order, nor a pixel of the %s', async (product) => {
    const html = join(result.outDir, 'print', 'nl', 'gevangenis', product, 'index.html');
    const chromium = await printTagged(html);
    const before = await PDFDocument.load(chromium, { updateMetadata: false });
    expect(pdfUaProblems(before).length, 'Chromium alone falls short').toBeGreaterThan(0);
    const beforeBytes = await before.save({ useObjectStreams: false });
    const strongCount = elements(before).filter((e) => e.type === 'Strong').length;

    const after = await PDFDocument.load(chromium, { updateMetadata: false });
    after.setCreationDate(new Date('2026-11-29T00:00:00Z'));
    makeAccessible(after);
    expect(pdfUaProblems(after)).toEqual([]);
    const afterBytes = await after.save({ useObjectStreams: false });

    const [a, b] = [readings(beforeBytes, `${product}-before`), readings(afterBytes, `${product}-after`)];
    expect(b.text).toBe(a.text);
    expect(b.rawText).toBe(a.rawText);
    // The reading order is the tree's order of marked content: the same pieces in the same order,
    // less the borders and rules that became artifacts (paths only: the text and pixels above show it).
    const figures = (doc: PDFDocument) => elements(doc).filter((e) => e.type === 'Figure' && kidsOf(doc.context, e.dict, e.page).length > 0).length;
    expect(figures(after), 'a drawing made of paths (the QR code, the flowchart) stays content').toBe(figures(before));
    const order = [contentOrder(before), contentOrder(after)] as const;
    expect(isSubsequence(order[1], order[0])).toBe(true);
    expect(order[1].length).toBeGreaterThan(order[0].length / 2);
    // poppler skips a /Strong it does not know, with its text; mapped to Span, that text is read too.
    expect(b.structText.length).toBeGreaterThan(10);
    expect(isSubsequence(a.structText, b.structText), 'poppler reads the same text in the same order').toBe(true);
    expect(b.structText.length - a.structText.length).toBe(strongCount);
    expect(b.pngs).toEqual(a.pngs);

    // Same input, same bytes: the build stays reproducible.
    const again = await PDFDocument.load(chromium, { updateMetadata: false });
    again.setCreationDate(new Date('2026-11-29T00:00:00Z'));
    makeAccessible(again);
    expect(Buffer.from(await again.save({ useObjectStreams: false })).equals(Buffer.from(afterBytes))).toBe(true);
  }, 120_000);

  it('refuses a PDF that is not tagged, naming the fix', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setTitle('Untagged');
    expect(() => makeAccessible(doc)).toThrow(PdfAccessibilityError);
    expect(() => makeAccessible(doc)).toThrow(/tagged: true/);
  });
});

describe('links (a fixture: no product has links yet)', () => {
  it("keeps Chromium's Link element and OBJR, and gives the link a description", async () => {
    const html = join(scratch, 'link.html');
    writeFileSync(html, '<!doctype html><html lang="en"><title>Link fixture</title><p>See <a href="https://example.org/">the site</a>.</p>');
    const doc = await PDFDocument.load(await printTagged(html), { updateMetadata: false });
    doc.setCreationDate(new Date('2026-11-29T00:00:00Z'));
    expect(pdfUaProblems(doc).filter((p) => p.startsWith('link'))).toEqual([expect.stringMatching(/no \/Contents/)]);
    makeAccessible(doc);
    expect(pdfUaProblems(doc)).toEqual([]);
  }, 60_000);
});

describe('form fields (a fixture: no product has fields yet)', () => {
  it('puts each widget in a Form element with an OBJR and a /StructParent, keeping its /TU', async () => {
    // Its own tiny page rather than the build: the point is fields added with pdf-lib's form API after Chromium.
    const html = join(scratch, 'form.html');
    writeFileSync(html, '<!doctype html><html lang="en"><title>Form fixture</title><h1>Checklist</h1><p>Name of the client</p><ul><li>Talked about the children</li></ul>');
    const doc = await PDFDocument.load(await printTagged(html), { updateMetadata: false });
    doc.setCreationDate(new Date('2026-11-29T00:00:00Z'));
    const form = doc.getForm();
    const page = doc.getPage(0);
    const text = form.createTextField('client');
    text.addToPage(page, { x: 200, y: 700, width: 150, height: 18 });
    text.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText('Name of the client'));
    const box = form.createCheckBox('talked');
    box.addToPage(page, { x: 200, y: 670, width: 12, height: 12 });
    box.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText('Talked about the children'));
    expect(pdfUaProblems(doc).filter((p) => p.startsWith('widget'))).toHaveLength(2);

    makeAccessible(doc);
    const saved = await PDFDocument.load(await doc.save({ useObjectStreams: false }), { updateMetadata: false });
    expect(pdfUaProblems(saved)).toEqual([]);

    const forms = elements(saved).filter((e) => e.type === 'Form');
    expect(forms).toHaveLength(2);
    const entries = parentTreeEntries(saved);
    const fields = saved.getForm().getFields();
    expect(fields.map((f) => f.acroField.dict.lookup(PDFName.of('TU'), PDFHexString).decodeText())).toEqual(['Name of the client', 'Talked about the children']);
    for (const field of fields) {
      const [widget] = field.acroField.getWidgets();
      const widgetRef = saved.context.getObjectRef(widget!.dict)!;
      const key = widget!.dict.lookup(PDFName.of('StructParent'), PDFNumber).asNumber();
      const form = forms.find((f) => f.ref === entries.get(key));
      expect(form, field.getName()).toBeDefined();
      const [objr] = kidsOf(saved.context, form!.dict, form!.page);
      expect(objr).toMatchObject({ kind: 'objr', obj: widgetRef });
    }
    // Fields read top to bottom, with their page: after the page's content, text field first.
    const documentKids = elements(saved).find((e) => e.type === 'Document')!.dict.lookup(PDFName.of('K'), PDFArray).asArray();
    expect(documentKids.slice(-2)).toEqual(forms.map((f) => f.ref));
    expect(saved.getPage(0).node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));

    const file = join(scratch, 'form.pdf');
    writeFileSync(file, await saved.save({ useObjectStreams: false }));
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8' }).stdout).toMatch(/Form/);
  }, 60_000);

  it('leaves a widget that is already in a Form element where it is', async () => {
    const html = join(scratch, 'form2.html');
    writeFileSync(html, '<!doctype html><html lang="en"><title>Form fixture</title><p>Done</p>');
    const doc = await PDFDocument.load(await printTagged(html), { updateMetadata: false });
    doc.setCreationDate(new Date('2026-11-29T00:00:00Z'));
    const box = doc.getForm().createCheckBox('done');
    box.addToPage(doc.getPage(0), { x: 50, y: 50, width: 12, height: 12 });
    expect(pdfUaProblems(doc)).toContain(`widget ${doc.context.getObjectRef(box.acroField.getWidgets()[0]!.dict)}: its field has no /TU (accessible name)`);
    box.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText('Done'));
    makeAccessible(doc);
    const once = elements(doc).filter((e) => e.type === 'Form').map((e) => e.ref.toString());
    makeAccessible(doc);
    expect(elements(doc).filter((e) => e.type === 'Form').map((e) => e.ref.toString())).toEqual(once);
    expect(once).toHaveLength(1);
    expect(pdfUaProblems(doc)).toEqual([]);
  }, 60_000);
});
