import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFCheckBox, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRadioGroup, PDFTextField, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { formFontFile } from '../fonts/faces.ts';
import { addFormFields, assertUniqueFieldNames, BASELINE_ABOVE_RULE_PT, FieldNameCollisionError, TYPED_LINES, type FieldBox } from './form-fields.ts';
import { woffToSfnt } from '../fonts/woff.ts';

const font = { bytes: woffToSfnt(readFileSync(formFontFile())), name: 'AtkinsonHyperlegibleNext-Regular' };
const MM = 72 / 25.4;

const boxes: FieldBox[] = [
  { name: 'header.date', kind: 'text', label: 'Datum', origin: 'header', page: 0, x: 16, y: 40, width: 45, height: 7 },
  { name: 'step-1.ask', kind: 'checkbox', label: 'Vraag naar de kinderen.', origin: 'steps[0].items[0]', page: 0, x: 20, y: 60, width: 4.6, height: 4.6 },
  // Four lines 6.5 mm apart, each rule's top edge 6.3 mm below the line's top.
  { name: 'step-1.note', kind: 'text', multiline: true, label: 'Noteer het.', origin: 'steps[0].items[1]', page: 0, x: 20, y: 70, width: 170, height: 26, rules: [76.3, 82.8, 89.3, 95.8] },
  { name: 'step-2.decision', kind: 'radio', label: 'Stap 2: Hoe verder?', option: 'safe', optionLabel: 'Veilig? Ga naar stap 3', origin: 'steps[1].decision', page: 1, x: 20, y: 20, width: 4.6, height: 4.6 },
  { name: 'step-2.decision', kind: 'radio', label: 'Stap 2: Hoe verder?', option: 'worrying', optionLabel: 'Zorgen? Ga naar stap 4', origin: 'steps[1].decision', page: 1, x: 20, y: 30, width: 4.6, height: 4.6 },
];

async function formDoc(fields: readonly FieldBox[] = boxes) {
  const doc = await PDFDocument.create();
  doc.addPage([210 * MM, 297 * MM]);
  doc.addPage([210 * MM, 297 * MM]);
  await addFormFields(doc, fields, font);
  return PDFDocument.load(await doc.save({ updateFieldAppearances: false }));
}

const tu = (dict: PDFDict) => (dict.lookup(PDFName.of('TU')) as PDFHexString | undefined)?.decodeText();

describe('the form fields of a printed form', () => {
  it('puts one field per name on the measured boxes, in reading order, converted from mm from the top-left', async () => {
    const form = (await formDoc()).getForm();
    expect(form.getFields().map((f) => f.getName())).toEqual(['header.date', 'step-1.ask', 'step-1.note', 'step-2.decision']);
    const rect = form.getCheckBox('step-1.ask').acroField.getWidgets()[0]!.getRectangle();
    expect(rect.x).toBeCloseTo(20 * MM, 3);
    expect(rect.y).toBeCloseTo((297 - 60 - 4.6) * MM, 3);
    expect(rect.width).toBeCloseTo(4.6 * MM, 3);
    expect(form.getRadioGroup('step-2.decision').getOptions()).toEqual(['safe', 'worrying']);
    expect(form.getTextField('step-1.note').isMultiline()).toBe(true);
  });

  it('gives every field and every radio button an accessible name in words', async () => {
    const form = (await formDoc()).getForm();
    expect(form.getFields().map((f) => tu(f.acroField.dict))).toEqual(['Datum', 'Vraag naar de kinderen.', 'Noteer het.', 'Stap 2: Hoe verder?']);
    expect(form.getRadioGroup('step-2.decision').acroField.getWidgets().map((w) => tu(w.dict))).toEqual(['Veilig? Ga naar stap 3', 'Zorgen? Ga naar stap 4']);
  });

  it('names every widget itself, where pdf.js reads it: a check box or text field is one dictionary with its widget', async () => {
    const doc = await formDoc();
    const annots = doc.getPages().flatMap((page) => page.node.lookup(PDFName.of('Annots'), PDFArray).asArray() as PDFRef[]);
    expect(annots.map((ref) => tu(doc.context.lookup(ref, PDFDict)))).toEqual(['Datum', 'Vraag naar de kinderen.', 'Noteer het.', 'Veilig? Ga naar stap 3', 'Zorgen? Ga naar stap 4']);
    for (const field of doc.getForm().getFields().filter((f) => !(f instanceof PDFRadioGroup))) {
      expect(field.acroField.dict.has(PDFName.of('Kids')), field.getName()).toBe(false);
      expect(field.acroField.dict.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('Widget'));
      expect(annots, field.getName()).toContain(field.ref);
    }
    // Nothing points at a widget object that is gone.
    const file = join(mkdtempSync(join(tmpdir(), 'kr-form-')), 'form.pdf');
    writeFileSync(file, await doc.save({ updateFieldAppearances: false }));
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('tabs through each page in structure order, and types in the embedded typeface, never Helvetica', async () => {
    const doc = await formDoc();
    for (const page of doc.getPages()) expect(page.node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
    const da = doc.getForm().getTextField('header.date').acroField.getDefaultAppearance();
    expect(da).toMatch(/\/AtkinsonHyperlegibleNext-Regular 10 Tf/);
    const dr = doc.getForm().acroForm.dict.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    expect(dr.keys().map(String)).toEqual(['/AtkinsonHyperlegibleNext-Regular']);
    const bytes = Buffer.from(await doc.save({ updateFieldAppearances: false })).toString('latin1');
    expect(bytes).not.toContain('Helvetica');
    expect(bytes).not.toContain('/NeedAppearances');
  });

  it('draws no frame or fill of its own: an empty field looks like nothing, so only the printed box shows', async () => {
    const form = (await formDoc()).getForm();
    for (const field of form.getFields()) {
      for (const widget of field.acroField.getWidgets()) {
        const mk = widget.getAppearanceCharacteristics();
        expect(mk?.getBackgroundColor(), field.getName()).toBeUndefined();
        expect(mk?.getBorderColor(), field.getName()).toBeUndefined();
        expect(widget.getBorderStyle()?.getWidth(), field.getName()).toBe(0);
      }
    }
  });

  it('keeps what is filled in after saving and loading again', async () => {
    const doc = await formDoc();
    const form = doc.getForm();
    form.getTextField('header.date').setText('29.11.2026');
    form.getTextField('step-1.note').setText('Twee kinderen, 8 en 11 jaar.\nWonen bij de moeder.');
    form.getCheckBox('step-1.ask').check();
    form.getRadioGroup('step-2.decision').select('worrying');
    const again = (await PDFDocument.load(await doc.save())).getForm();
    expect(again.getTextField('header.date').getText()).toBe('29.11.2026');
    expect(again.getTextField('step-1.note').getText()).toBe('Twee kinderen, 8 en 11 jaar.\nWonen bij de moeder.');
    expect(again.getCheckBox('step-1.ask').isChecked()).toBe(true);
    expect(again.getRadioGroup('step-2.decision').getSelected()).toBe('worrying');
    expect(again.getFields().map((f) => f.constructor)).toEqual([PDFTextField, PDFCheckBox, PDFTextField, PDFRadioGroup]);
  });
});

describe("a ruled write-in area's text field", () => {
  it("sizes a ruled write-in area's text to its rules and places it on them, as pdf.js lays typed lines out", async () => {
    const field = (await formDoc()).getForm().getTextField('step-1.note');
    const pitch = 6.5 * MM;
    // A typed line in pdf.js is 1.35 × the font size: as high as the rules are apart.
    expect(field.acroField.getDefaultAppearance()).toMatch(/\/AtkinsonHyperlegibleNext-Regular 13\.65 Tf/);
    expect(13.65 * TYPED_LINES.lineFactor).toBeCloseTo(pitch, 1);
    const { x, y, width, height } = field.acroField.getWidgets()[0]!.getRectangle();
    expect(x).toBeCloseTo(20 * MM, 6);
    expect(width).toBeCloseTo(170 * MM, 6);
    // pdf.js cuts the height less 1 pt above and below into lines: four lines of the rules' spacing.
    expect(height).toBeCloseTo(4 * pitch + 2, 6);
    // Its first baseline is 1 pt of padding and one line, less the baseline's share of it, below the top: 1 pt above the first rule.
    const firstBaseline = y + height - 1 - pitch * (1 - TYPED_LINES.descentFactor / TYPED_LINES.lineFactor);
    expect(firstBaseline).toBeCloseTo((297 - 76.3) * MM + BASELINE_ABOVE_RULE_PT, 6);
    // A write-in area without rules is typed in its box at the body size.
    const unruled = (await formDoc([{ ...boxes[2]!, rules: undefined }])).getForm().getTextField('step-1.note');
    expect(unruled.acroField.getDefaultAppearance()).toMatch(/ 9 Tf/);
    expect(unruled.acroField.getWidgets()[0]!.getRectangle().height).toBeCloseTo(26 * MM, 6);
  });

  it('refuses rules that are unevenly spaced, or so close that typed text would be below 7 pt', async () => {
    await expect(formDoc([{ ...boxes[2]!, rules: [76.3, 82.8, 89.8, 95.8] }])).rejects.toThrow(/step-1.note.*not evenly spaced/);
    await expect(formDoc([{ ...boxes[2]!, rules: [76.3, 79.3, 82.3, 85.3] }])).rejects.toThrow(/step-1.note.*below 7 pt/);
    await expect(formDoc([{ ...boxes[2]!, rules: [76.3, 82.8] }])).rejects.toThrow(/step-1.note.*fewer than three lines/);
  });

  it('refuses a write-in area lower than three lines at 7 pt', async () => {
    await expect(formDoc([{ ...boxes[2]!, height: 8 }])).rejects.toThrow(/step-1.note.*less than three lines at 7 pt/);
  });
});

describe('field names', () => {
  it('lets the buttons of one radio group share a name', () => {
    expect(() => assertUniqueFieldNames(boxes)).not.toThrow();
  });

  it('fail on a collision, naming both items', () => {
    const clash = [boxes[1]!, { ...boxes[2]!, name: 'step-1.ask', origin: "steps[0].items[5] ('ask')" }];
    expect(() => assertUniqueFieldNames(clash)).toThrow(FieldNameCollisionError);
    expect(() => assertUniqueFieldNames(clash)).toThrow(/'step-1.ask': steps\[0\]\.items\[0\] and steps\[0\]\.items\[5\] \('ask'\)/);
    expect(() => assertUniqueFieldNames([boxes[3]!, { ...boxes[3]!, origin: 'again' }])).toThrow(/steps\[1\]\.decision and again/);
  });
});
