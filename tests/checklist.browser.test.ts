// The working checklist PDFs read back as a reader, a printer and a screen
// reader would: the form's fields (pdf-lib), derived from the model's items of
// each sector; every field's accessible name; filling and saving; the fields
// sitting on the printed boxes (poppler renders the page without them); and
// every item's text, the edition, the sector and "page X of Y" on the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFCheckBox, PDFDocument, PDFHexString, PDFName, PDFRadioGroup, PDFTextField, type PDFDict } from '@cantoo/pdf-lib';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applySector } from '../src/protocol/apply-sector.ts';
import { kindreflex } from '../src/protocol/kindreflex.ts';
import { sectors } from '../src/sectors/index.ts';
import type { ChecklistField } from '../src/views/checklist.ts';
import { printsOf } from '../src/pipeline/publication.ts';
import type { PrintPageView } from '../src/views/print.ts';
import { appearanceBaselines, pdfjsFill, pdfjsWidgets } from './helpers/pdfjs.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild, type SharedBuild } from './helpers/shared-build.ts';

let result: SharedBuild;
const file = (view: PrintPageView) => join(result.siteDir, view.pdf);
const load = async (view: PrintPageView) => PDFDocument.load(readFileSync(file(view)));
const tu = (dict: PDFDict) => (dict.lookup(PDFName.of('TU')) as PDFHexString | undefined)?.decodeText() ?? '';
// A line may break after a hyphen ("eux-/mêmes"): both sides are compared with the break closed.
const words = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-').trim();

beforeAll(async () => {
  result = await sharedBuild();
}, SHARED_BUILD_TIMEOUT);

/** The field names the model asks for in a sector, in reading order: header, then each step's items and its decision. */
function expectedFields(sectorId: string): string[] {
  const sector = sectors.find((s) => s.id === sectorId)!;
  return [
    'header.date', 'header.staff', 'header.dossier',
    ...applySector(kindreflex, sector).steps.flatMap((step) => [
      ...step.items.filter((item) => item.kind !== 'caution').map((item) => `${step.id}.${item.id}`),
      ...(step.decision ? [`${step.id}.decision`] : []),
    ]),
  ];
}

describe('every working checklist', () => {
  it('is printed for every sector and language', () => {
    expect(printsOf(result.publication, 'checklist').map((v) => v.pdf).sort()).toEqual(
      printsOf(result.publication, 'card').map((v) => v.pdf.replace(/-card\.pdf$/, '-checklist.pdf')).sort(),
    );
  });

  it("has one field per item to act on or note, and one choice per decision, named from the sector's model, in reading order", async () => {
    for (const view of printsOf(result.publication, 'checklist')) {
      const form = (await load(view)).getForm();
      expect(form.getFields().map((f) => f.getName()), view.pdf).toEqual(expectedFields(view.sector));
      const kindOf = new Map(applySector(kindreflex, sectors.find((s) => s.id === view.sector)!).steps.flatMap((s) => s.items.map((i) => [`${s.id}.${i.id}`, i.kind])));
      for (const field of form.getFields()) {
        const name = field.getName();
        const kind = name.endsWith('.decision') ? PDFRadioGroup : name.startsWith('header.') || kindOf.get(name) === 'record' ? PDFTextField : PDFCheckBox;
        expect(field, `${view.pdf}: ${name}`).toBeInstanceOf(kind);
      }
      const step4 = form.getRadioGroup('step-4.decision');
      expect(step4.getOptions(), view.pdf).toEqual(kindreflex.steps[3].decision.branches.map((b) => b.id));
    }
  });

  it('gives every field and every radio button an accessible name in words, and tabs in structure order', async () => {
    for (const view of printsOf(result.publication, 'checklist')) {
      const doc = await load(view);
      for (const field of doc.getForm().getFields()) {
        expect(tu(field.acroField.dict), `${view.pdf}: ${field.getName()}`).toMatch(/\p{L}{2,}/u);
        if (field instanceof PDFRadioGroup) {
          for (const widget of field.acroField.getWidgets()) expect(tu(widget.dict), field.getName()).toMatch(/\p{L}{2,}.*\d/u);
        }
      }
      for (const page of doc.getPages()) expect(page.node.get(PDFName.of('Tabs')), view.pdf).toBe(PDFName.of('S'));
    }
  });

  it("names every widget for pdf.js (Firefox's viewer) too: each is announced by its field's description", async () => {
    // pdf.js reads /TU from the widget annotation only, never from a parent field.
    for (const view of printsOf(result.publication, 'checklist')) {
      const widgets = await pdfjsWidgets(readFileSync(file(view)));
      const described = (f: ChecklistField) => (f.kind === 'radio' ? (f.optionLabel ?? `${f.label}: ${f.option}`) : f.label);
      expect(widgets.map((w) => [w.fieldName, w.alternativeText]), view.pdf).toEqual(view.checklist!.fields.map((f) => [f.name, described(f)]));
      // The same words Acrobat and the PDF/UA checkers read from the field's /TU.
      const fields = new Map((await load(view)).getForm().getFields().map((f) => [f.getName(), tu(f.acroField.dict)]));
      for (const widget of widgets.filter((w) => !w.radioButton)) expect(widget.alternativeText, `${view.pdf}: ${widget.fieldName}`).toBe(fields.get(widget.fieldName));
    }
  });

  it('keeps what is filled in with pdf-lib after saving', async () => {
    for (const view of printsOf(result.publication, 'checklist')) {
      const doc = await load(view);
      const form = doc.getForm();
      form.getTextField('header.dossier').setText('JH-2026-0412');
      form.getTextField('step-5.note-progress').setText('Twee gesprekken.\nDe moeder zoekt hulp. Überprüft: ja.');
      form.getCheckBox('step-4.consult-vk-ocj').check();
      form.getRadioGroup('step-4.decision').select('worrying-willing');
      const again = (await PDFDocument.load(await doc.save())).getForm();
      expect(again.getTextField('header.dossier').getText(), view.pdf).toBe('JH-2026-0412');
      expect(again.getTextField('step-5.note-progress').getText(), view.pdf).toBe('Twee gesprekken.\nDe moeder zoekt hulp. Überprüft: ja.');
      expect(again.getCheckBox('step-4.consult-vk-ocj').isChecked(), view.pdf).toBe(true);
      expect(again.getCheckBox('step-4.gather-information').isChecked(), view.pdf).toBe(false);
      expect(again.getRadioGroup('step-4.decision').getSelected(), view.pdf).toBe('worrying-willing');
    }
  });

  it('shows every item, decision and header label, and on every page the edition, the sector and "page X of Y"', () => {
    for (const view of printsOf(result.publication, 'checklist')) {
      const form = view.checklist!;
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file(view)], { encoding: 'utf8' }))![1]);
      // -raw: the page's own drawing order, which is its reading order (the default layout mode reorders a wrapped line's end).
      const pageText = Array.from({ length: pages }, (_, i) =>
        words(execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file(view), '-'], { encoding: 'utf8' })),
      );
      const all = pageText.join(' ');
      const texts = [
        ...form.header.map((h) => h.label),
        ...form.steps.flatMap((step) => [step.title, ...step.entries.map((e) => e.text), ...(step.decision?.options.flatMap((o) => [o.condition, o.goesTo]) ?? [])]),
      ];
      for (const text of texts) expect(all, `${view.pdf}: ${text}`).toContain(words(text));
      pageText.forEach((text, i) => {
        const where = `${view.pdf} page ${i + 1}`;
        expect(text, where).toContain(form.pageLabel.replace('{page}', String(i + 1)).replace('{pages}', String(pages)));
        expect(text, where).toContain(form.edition);
        expect(text, where).toContain(form.sectorName);
        if (form.draftNotice) expect(text, where).toContain(form.draftNotice);
      });
    }
  });

  it('puts every check box and radio button on its printed box, and every one-line text field on its printed line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-boxes-'));
    const dpi = 100;
    for (const view of printsOf(result.publication, 'checklist').filter((v) => v.lang === 'nl' || v.lang === 'de')) {
      const doc = await load(view);
      // The printed page alone, without the fields drawn on it.
      execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-hide-annotations', '-png', file(view), join(dir, `${view.lang}-${view.sector}`)]);
      const pngs = readdirSync(dir).filter((f) => f.startsWith(`${view.lang}-${view.sector}-`)).sort();
      const pages = pngs.map((f) => PNG.sync.read(readFileSync(join(dir, f))));
      const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
      const scale = dpi / 72;
      for (const field of doc.getForm().getFields()) {
        for (const widget of field.acroField.getWidgets()) {
          const png = pages[pageIndex.get(widget.P()!.toString())!]!;
          const { x, y, width, height } = widget.getRectangle();
          const dark = (px: number, py: number) => {
            const row = Math.round((doc.getPage(0).getHeight() - py) * scale);
            const col = Math.round(px * scale);
            // Look one pixel around the spot: the border is 1 or 2 pixels wide at this resolution.
            return [-1, 0, 1].some((dy) => [-1, 0, 1].some((dx) => png.data[((row + dy) * png.width + col + dx) * 4]! < 110));
          };
          const where = `${view.pdf}: ${field.getName()}`;
          if (field instanceof PDFTextField) {
            // A write-in area's field reaches below its last rule, by the last typed line's descent: see the next test.
            if (!field.isMultiline()) expect(dark(x + width / 2, y + 0.3), `${where}: a line under the field`).toBe(true);
          } else {
            expect(dark(x + 0.4, y + height / 2), `${where}: the box's left side`).toBe(true);
            expect(dark(x + width - 0.4, y + height / 2), `${where}: the box's right side`).toBe(true);
            expect(dark(x + width / 2, y + height / 2), `${where}: an empty middle`).toBe(false);
          }
        }
      }
    }
  });

  it('types notes on the printed rules: filled in with pdf.js, each line of a write-in area stands on a rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-rules-'));
    const dpi = 288;
    const scale = dpi / 72;
    const typed = ['Twee kinderen, 8 en 11 jaar.', 'Wonen bij de moeder; de vader ziet ze op zaterdag.', 'Gesprek met de school gepland.', 'Überprüft: ja.'];
    for (const view of printsOf(result.publication, 'checklist').filter((v) => v.lang === 'nl' || v.lang === 'de')) {
      // Typed in and saved as in Firefox: pdf.js draws the text in its own layout.
      const saved = await pdfjsFill(readFileSync(file(view)), (widgets) => new Map(widgets.filter((w) => w.multiLine).map((w) => [w.id, typed.join('\n')])));
      const doc = await PDFDocument.load(saved);
      const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
      const pageHeight = doc.getPage(0).getHeight();
      const areas = doc.getForm().getFields().filter((f): f is PDFTextField => f instanceof PDFTextField && f.isMultiline());
      expect(areas.length, view.pdf).toBeGreaterThan(0);
      for (const field of areas) {
        const where = `${view.pdf}: ${field.getName()}`;
        const widget = field.acroField.getWidgets()[0]!;
        const { x, y, height } = widget.getRectangle();
        // The printed page alone (its rules, without the fields drawn on it),
        // one column of pixels 12 pt into the field, from its top to its bottom:
        // cut out by pdftoppm, so no whole page is drawn and decoded.
        const top = Math.round((pageHeight - y - height) * scale);
        const rows = Math.round((pageHeight - y) * scale) - top + 1;
        const page = pageIndex.get(widget.P()!.toString())! + 1;
        const prefix = join(dir, `${view.lang}-${view.sector}-${field.getName()}`);
        execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-hide-annotations', '-png', '-singlefile', '-f', String(page), '-l', String(page),
          '-x', String(Math.round((x + 12) * scale)), '-y', String(top), '-W', '1', '-H', String(rows), file(view), prefix]);
        const column = PNG.sync.read(readFileSync(`${prefix}.png`));
        // The top edge of each rule inside the field, top to bottom, in points from the page's bottom.
        const rules: number[] = [];
        for (let row = 0, wasDark = false; row < column.height; row++) {
          const dark = column.data[row * column.width * 4]! < 128;
          if (dark && !wasDark) rules.push(pageHeight - (top + row) / scale);
          wasDark = dark;
        }
        const baselines = appearanceBaselines(widget.dict);
        expect(rules, `${where}: four rules within the field`).toHaveLength(4);
        expect(baselines, `${where}: four typed lines`).toHaveLength(4);
        // The typed text's size and the rules' spacing agree: pdf.js gives a line 1.35 × the size.
        const fontSize = Number(/([\d.]+) Tf/.exec(field.acroField.getDefaultAppearance() ?? '')![1]);
        const pitch = (rules[0]! - rules.at(-1)!) / (rules.length - 1);
        expect(Math.abs(fontSize * 1.35 - pitch), `${where}: ${fontSize} pt text on rules ${pitch.toFixed(2)} pt apart`).toBeLessThan(0.5);
        // Each line's baseline on its rule: not in it or below, at most 2 pt above its top edge.
        baselines.forEach((baseline, i) => {
          expect(baseline - rules[i]!, `${where}: line ${i + 1} stands ${(baseline - rules[i]!).toFixed(2)} pt above its rule`).toBeGreaterThanOrEqual(0);
          expect(baseline - rules[i]!, `${where}: line ${i + 1} stands ${(baseline - rules[i]!).toFixed(2)} pt above its rule`).toBeLessThanOrEqual(2);
        });
      }
    }
  });
});
