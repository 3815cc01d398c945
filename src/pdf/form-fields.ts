// The AcroForm of a printed form, with pdf-lib's form API: a check box, a
// text field or a radio button on each box the browser printed, at the
// position the browser measured. Pure: a document and the measured boxes in,
// the same document with its form out; no file or browser here.
//
// What a reader needs from the form, and where it comes from:
// - names: from the model's ids (`step-4.consult-vk-ocj`, `step-4.decision`,
//   `header.date`), unique, or the build fails naming both items;
// - an accessible name (/TU) in words on every field and radio button, where
//   every viewer finds it: a check box or text field (one widget each) is one
//   dictionary, field and widget merged, since pdf.js (Firefox's viewer)
//   reads /TU from the widget annotation only; each radio button's widget
//   carries its own;
// - typed notes on the printed rules: a ruled write-in area's text field is
//   sized and placed so that each typed line's baseline lands on a rule
//   (see ruledField);
// - tab order = reading order: fields are created in the order the page reads,
//   so /Fields and each page's /Annots follow it, and pages say /Tabs /S;
// - typed text in the page's own typeface, embedded whole (any letter can be
//   typed), named in the form's /DR and every field's /DA; every field has
//   its appearance made here (no /NeedAppearances: poppler would then redraw
//   the radio buttons with a white fill over the printed circles);
// - no borders or fills of its own: the printed boxes are the boxes.
import fontkit, { type Font, type FontCollection } from '@cantoo/fontkit';
import {
  drawCheckMark, drawEllipse, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, rgb,
  type AppearanceProviderFor, type PDFCheckBox, type PDFField, type PDFFont, type PDFPage, type PDFRadioGroup, type PDFWidgetAnnotation,
} from '@cantoo/pdf-lib';
import type { FormFont } from '../fonts/form-font.ts';
import { assertUniqueFieldNames, type FieldSpec } from '../views/field-names.ts';

export { assertUniqueFieldNames, FieldNameCollisionError, type FieldKind, type FieldSpec } from '../views/field-names.ts';

/** A field with the box the browser printed for it: page index (from 0), and millimetres from the page's top-left corner. */
export interface FieldBox extends FieldSpec {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A ruled write-in area's rules, top to bottom: where each rule's top edge is, in millimetres from the page's top. */
  rules?: number[];
}

const MM_TO_PT = 72 / 25.4;
/** The size of typed text: the page's body size, well above the 7 pt minimum; a ruled area's size follows its rules. */
export const FIELD_FONT_PT = { singleLine: 10, multiline: 9 } as const;

/**
 * How pdf.js lays a multi-line text field out when it draws what was typed
 * (to save or print it): the field's height less 1 pt of padding above and
 * below is cut into lines of about 1.35 × the font size (exactly the height
 * over the number of lines), and each line's baseline sits 0.35/1.35 of a
 * line above the line's bottom (more if the font's descender is deeper).
 * Other viewers lay typed lines out by rules of their own (poppler, for one,
 * spaces them at 1 × the size), so there they keep to the rules less well.
 */
export const TYPED_LINES = { lineFactor: 1.35, descentFactor: 0.35, padding: 1 } as const;
/** A typed line's baseline stands this far above its rule's top edge (points), so the letters sit on the rule, not in it. */
export const BASELINE_ABOVE_RULE_PT = 1;

/** A write-in area holds at least three lines of text at the smallest size we print (7 pt, line height 1.2). */
export const MIN_WRITE_IN_PT = 3 * 7 * 1.2;

const black = rgb(0, 0, 0);
const sizeOf = (widget: PDFWidgetAnnotation) => widget.getRectangle();

/**
 * A tick, and nothing when unticked: pdf-lib's own look adds a frame and a
 * white fill, which would cover or double the printed box.
 */
const tickAppearance: AppearanceProviderFor<PDFCheckBox> = (_field, widget) => {
  const { width, height } = sizeOf(widget);
  return { on: drawCheckMark({ x: width / 2, y: height / 2, size: Math.min(width, height) * 0.8, thickness: 1.5, color: black }), off: [] };
};

/** A dot in the printed circle when chosen, nothing otherwise (see tickAppearance). */
const dotAppearance: AppearanceProviderFor<PDFRadioGroup> = (_field, widget) => {
  const { width, height } = sizeOf(widget);
  const dot = drawEllipse({ x: width / 2, y: height / 2, xScale: width * 0.27, yScale: height * 0.27, color: black, borderColor: undefined, borderWidth: 0 });
  return { on: dot, off: [] };
};

/** No frame or fill colours for a reader that redraws a field itself. */
function dropFrameColours(widget: PDFWidgetAnnotation): void {
  const characteristics = widget.getOrCreateAppearanceCharacteristics().dict;
  characteristics.delete(PDFName.of('BG'));
  characteristics.delete(PDFName.of('BC'));
}

function setAccessibleName(dict: PDFDict, text: string): void {
  dict.set(PDFName.of('TU'), PDFHexString.fromText(text));
}

/**
 * Fontkit reading each font file once per process: every checklist embeds
 * the same typeface (the same bytes, see print-pdf.ts), and pdf-lib would
 * have fontkit parse it anew for each (only read from afterwards).
 */
const parsedFonts = new WeakMap<ArrayBufferView, Font | FontCollection>();
const sharedCreate = (buffer: ArrayBufferView, postscriptName?: string) => {
  if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
  let font = parsedFonts.get(buffer);
  if (!font) parsedFonts.set(buffer, (font = fontkit.create(buffer)));
  return font;
};
const sharedFontkit: typeof fontkit = { ...fontkit, create: sharedCreate as typeof fontkit.create };

/**
 * Adds the form to `doc`: one field per name, on the boxes in `boxes` (in
 * reading order). Positions are turned from millimetres from the top-left
 * into PDF points from the bottom-left of each page's MediaBox as Chromium
 * wrote it, so call this before anything changes the page boxes.
 */
export async function addFormFields(doc: PDFDocument, boxes: readonly FieldBox[], formFont: FormFont): Promise<void> {
  assertUniqueFieldNames(boxes);
  const pages = doc.getPages();
  doc.registerFontkit(sharedFontkit);
  // Whole, not a subset: a reader draws what is typed with it.
  const font = await doc.embedFont(formFont.bytes, { subset: false, customName: formFont.name });
  const form = doc.getForm();
  const noFrame = { borderWidth: 0, borderColor: undefined, backgroundColor: undefined, textColor: rgb(0, 0, 0) };
  const radios = new Map<string, ReturnType<typeof form.createRadioGroup>>();

  for (const box of boxes) {
    const page = pages[box.page];
    if (!page) throw new Error(`form field '${box.name}' is on page ${box.page + 1}, but the PDF has ${pages.length} pages`);
    const rect = toPdfRect(page, box);
    if (box.kind === 'checkbox') {
      const field = form.createCheckBox(box.name);
      field.addToPage(page, { ...rect, ...noFrame });
      field.updateAppearances(tickAppearance);
      setAccessibleName(field.acroField.dict, box.label);
      mergeWidgetIntoField(doc, field, page);
    } else if (box.kind === 'text') {
      if (box.multiline && rect.height < MIN_WRITE_IN_PT) {
        throw new Error(`the write-in area '${box.name}' (${box.origin}) is ${(box.height).toFixed(1)} mm high: less than three lines at 7 pt. Make .kr-form__lines taller in templates/css/print.css.`);
      }
      const ruled = box.multiline && box.rules?.length ? ruledField(page, box, font) : undefined;
      const field = form.createTextField(box.name);
      if (box.multiline) field.enableMultiline();
      field.addToPage(page, { ...(ruled?.rect ?? rect), ...noFrame, font });
      field.setFontSize(ruled?.fontSize ?? (box.multiline ? FIELD_FONT_PT.multiline : FIELD_FONT_PT.singleLine));
      field.updateAppearances(font);
      setAccessibleName(field.acroField.dict, box.label);
      mergeWidgetIntoField(doc, field, page);
    } else {
      let group = radios.get(box.name);
      if (!group) {
        group = form.createRadioGroup(box.name);
        radios.set(box.name, group);
        setAccessibleName(group.acroField.dict, box.label);
      }
      if (box.option === undefined) throw new Error(`radio button '${box.name}' (${box.origin}) has no option (data-field-option)`);
      group.addOptionToPage(box.option, page, { ...rect, ...noFrame });
      const widget = group.acroField.getWidgets().at(-1)!;
      dropFrameColours(widget);
      // Each button says where it leads; pdf-lib sets no /TU, so it goes on the button's widget dict.
      setAccessibleName(widget.dict, box.optionLabel ?? `${box.label}: ${box.option}`);
    }
  }
  for (const group of radios.values()) group.updateAppearances(dotAppearance);

  // A reader regenerating a field's look, or drawing typed text, finds the font here.
  form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: { [font.name]: font.ref } }));
  for (const page of pages) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
}

/**
 * A field with one widget as one dictionary, field and widget merged (ISO
 * 32000-1, 12.7.3.1): the widget's entries move into the field, which takes
 * the widget's place in the page's /Annots; the widget's own object goes.
 * A viewer that reads the field's entries from the widget annotation alone
 * (pdf.js: /TU, the accessible name) then finds them.
 */
function mergeWidgetIntoField(doc: PDFDocument, field: PDFField, page: PDFPage): void {
  const { context } = doc;
  const fieldDict = field.acroField.dict;
  const kids = fieldDict.lookup(PDFName.of('Kids'), PDFArray);
  const widgetRef = kids.get(0);
  if (kids.size() !== 1 || !(widgetRef instanceof PDFRef)) throw new Error(`form field '${field.getName()}' has ${kids.size()} widgets: only a field with one can be merged with it`);
  const widget = context.lookup(widgetRef, PDFDict);
  fieldDict.delete(PDFName.of('Kids'));
  for (const [key, value] of widget.entries()) {
    if (key === PDFName.of('Parent')) continue;
    if (fieldDict.has(key)) throw new Error(`form field '${field.getName()}' and its widget both have ${key}: merging them would lose one`);
    fieldDict.set(key, value);
  }
  const annots = page.node.lookup(PDFName.of('Annots'), PDFArray);
  const at = annots.indexOf(widgetRef);
  if (at === undefined) throw new Error(`form field '${field.getName()}': its widget is not in its page's /Annots`);
  annots.set(at, field.ref);
  context.delete(widgetRef);
}

/**
 * A ruled write-in area's text field, laid out as pdf.js lays typed lines out
 * (TYPED_LINES): its font size makes a typed line as high as the rules are
 * apart, and it starts one line (less the baseline's share) above the first
 * rule, so the first typed line's baseline stands BASELINE_ABOVE_RULE_PT
 * above the first rule and every next line on the next rule. It ends below
 * the last rule by the last line's descent: a g or a y typed there is not cut.
 */
function ruledField(page: PDFPage, box: FieldBox, font: PDFFont): { rect: { x: number; y: number; width: number; height: number }; fontSize: number } {
  const rules = box.rules!;
  const where = `the write-in area '${box.name}' (${box.origin})`;
  if (rules.length < 3) throw new Error(`${where} has ${rules.length} rule(s): fewer than three lines. Give .kr-form__lines more .kr-form__line in the template.`);
  const pitch = ((rules.at(-1)! - rules[0]!) / (rules.length - 1)) * MM_TO_PT;
  rules.slice(1).forEach((rule, i) => {
    const gap = (rule - rules[i]!) * MM_TO_PT;
    if (Math.abs(gap - pitch) > 0.1) throw new Error(`${where}: its rules are not evenly spaced (${(gap / MM_TO_PT).toFixed(2)} mm after rule ${i + 1}, ${(pitch / MM_TO_PT).toFixed(2)} mm on average), so typed lines cannot all land on them. Check .kr-form__line in templates/css/print.css.`);
  });
  const fontSize = Math.round((pitch / TYPED_LINES.lineFactor) * 100) / 100;
  if (fontSize < 7) throw new Error(`${where}: its rules are ${(pitch / MM_TO_PT).toFixed(2)} mm apart, so typed text would be ${fontSize} pt, below 7 pt. Space .kr-form__line wider in templates/css/print.css.`);
  const descender = font.heightAtSize(fontSize) - font.heightAtSize(fontSize, { descender: false });
  const belowBaseline = Math.max(pitch * (TYPED_LINES.descentFactor / TYPED_LINES.lineFactor), descender);
  const { y: bottom, height: pageHeight } = page.getMediaBox();
  const firstBaseline = bottom + pageHeight - rules[0]! * MM_TO_PT + BASELINE_ABOVE_RULE_PT;
  const top = firstBaseline + (pitch - belowBaseline) + TYPED_LINES.padding;
  const height = rules.length * pitch + 2 * TYPED_LINES.padding;
  return { rect: { x: box.x * MM_TO_PT, y: top - height, width: box.width * MM_TO_PT, height }, fontSize };
}

function toPdfRect(page: PDFPage, box: FieldBox): { x: number; y: number; width: number; height: number } {
  const { y: bottom, height: pageHeight } = page.getMediaBox();
  return {
    x: box.x * MM_TO_PT,
    y: bottom + pageHeight - (box.y + box.height) * MM_TO_PT,
    width: box.width * MM_TO_PT,
    height: box.height * MM_TO_PT,
  };
}
