// What a `{{variable}}` stands for, for the translator: the `<ph>`'s display
// text. A sector term's meaning comes from the locales (its Dutch words per
// sector, or the language's own forms); the values the views fill in are
// described here, beside the code that fills them.
import { flatten, type Resources } from '../../protocol/resources.ts';

/** The values the views fill in, by variable name. */
const FILLED_IN: Readonly<Record<string, string>> = {
  sector: "the sector's name (Justitiehuizen, Gevangenissen)",
  number: "a step's number",
  title: "a title: a step's, or a printed product's",
  count: 'a number: how many',
  steps: 'step numbers: how many steps, or which ones ("3, 4")',
  url: 'a web address',
  date: 'a date',
  version: "the protocol's version",
  by: 'the name of whoever reviewed the translation',
  label: 'a label (such as "Step 4")',
  text: 'the text after the label',
  page: 'a page number',
  pages: 'a number of pages',
  size: 'a file size (such as "120 KB")',
  format: 'a paper size (A4, A6)',
  first: "the first step's number",
  last: "the last step's number",
  part: "this part's number",
  parts: 'the number of parts',
  branches: 'the number of arrows',
  legend: "the flowchart's legend, as sentences",
  location: 'where the source document is found (a folder or a web address)',
  support: "the support step's number",
  escalation: "the escalation step's number",
};

const TERM = /^sectors:([^.]+)\.terms\.(.+)$/;

/** Each variable's meaning, for a language: its sector terms with their words per sector, then the values filled in. */
export function variableMeanings(source: Resources, translation: Resources, sourceLanguage: string, lang: string): Record<string, string> {
  const names = new Map([...flatten(source)].flatMap(([key, value]) => (/^sectors:[^.]+\.name$/.test(key) ? [[key.split(/[:.]/)[1]!, value]] : [])));
  const words = new Map<string, string[]>();
  const collect = (resources: Resources, language: string) => {
    for (const [key, value] of flatten(resources)) {
      const match = TERM.exec(key);
      if (!match || !names.has(match[1]!)) continue;
      const list = words.get(match[2]!) ?? [];
      list.push(`${value} (${names.get(match[1]!)}, ${language})`);
      words.set(match[2]!, list);
    }
  };
  collect(source, sourceLanguage);
  const meanings: Record<string, string> = { ...FILLED_IN };
  for (const [term, list] of words) meanings[term] = `the sector's term "${term}": ${list.join('; ')}`;
  // The language's own term forms (German cases), with its own words.
  const own = new Map<string, string[]>();
  for (const [key, value] of flatten(translation)) {
    const match = TERM.exec(key);
    if (!match || words.has(match[2]!) || !names.has(match[1]!)) continue;
    own.set(match[2]!, [...(own.get(match[2]!) ?? []), `${value} (${names.get(match[1]!)})`]);
  }
  for (const [term, list] of own) meanings[term] = `this language's form "${term}" of a sector term: ${list.join('; ')} (${lang})`;
  return meanings;
}
