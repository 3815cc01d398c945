// A returned XLIFF file comes from outside (an agency, by e-mail): untrusted
// input. Before any XML parser sees it, it is refused when it is too large,
// not UTF-8, or holds a DOCTYPE, an entity declaration, an entity reference
// other than XML's five, an XInclude or a style sheet: no file of this machine
// can be read into a translation, no entity expansion can exhaust memory.
// The parser (xml-js on sax, strict, `strictEntities`) neither reads DTDs nor
// expands entities either (tests/xliff.test.ts proves it), but it is not
// asked to: the first line of defence is here.
import { xml2js, type Element } from 'xml-js';

/** A returned file over this size is refused: a whole language is about 200 KB of XLIFF. */
export const MAX_XLIFF_BYTES = 5 * 1024 * 1024;

/** Bad input: every problem found, each naming the file (and the line and column where there is one) and the fix. */
export class XliffInputError extends Error {
  override name = 'XliffInputError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: not imported, nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** 1-based line and column of `index` in `text`. */
export function lineAndColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  { pattern: /<!DOCTYPE/i, what: 'a DOCTYPE (document type declaration): XLIFF needs none, and it is how a file makes a parser read other files or expand entities. Export the file again from the CAT tool without it' },
  { pattern: /<!ENTITY/i, what: 'an entity declaration (<!ENTITY): XLIFF needs none. Export the file again from the CAT tool' },
  { pattern: /http:\/\/www\.w3\.org\/2001\/XInclude/, what: 'an XInclude (a reference to another file). Export the file again from the CAT tool' },
  { pattern: /<\?xml-stylesheet/i, what: 'a style sheet reference (<?xml-stylesheet): XLIFF needs none. Remove it' },
];

// Outside comments and CDATA sections, an '&' starts one of XML's five entities or a character reference.
const ENTITY_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos);|#[0-9]+;|#x[0-9a-fA-F]+;)/g;

function blankCommentsAndCdata(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** The file's text, once it is small enough, UTF-8 and free of DTDs, entities and external references. */
export function untrustedXmlText(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_XLIFF_BYTES) {
    throw new XliffInputError(file, [`${bytes.length} bytes: over the limit of ${MAX_XLIFF_BYTES} bytes for a returned file. Send one language per file; a whole language is about 200 KB`]);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new XliffInputError(file, ['UTF-16: save or export the file as UTF-8']);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new XliffInputError(file, ['not UTF-8 text: save or export the file as UTF-8']);
  }
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    throw new XliffInputError(file, [`1:1: declares encoding "${declared}": save or export the file as UTF-8`]);
  }
  const scanned = blankCommentsAndCdata(text);
  const problems: string[] = [];
  for (const { pattern, what } of FORBIDDEN) {
    const match = pattern.exec(scanned);
    if (match) problems.push(`${lineAndColumn(text, match.index)}: refused: ${what}`);
  }
  const entity = ENTITY_REFERENCE.exec(scanned);
  ENTITY_REFERENCE.lastIndex = 0;
  if (entity) {
    const name = /^&[^\s;<]{0,40};?/.exec(text.slice(entity.index))?.[0] ?? '&';
    problems.push(`${lineAndColumn(text, entity.index)}: refused: the entity reference "${name}": only &amp; &lt; &gt; &quot; &apos; and character references (&#233;) are allowed. Write the character itself`);
  }
  if (problems.length > 0) throw new XliffInputError(file, problems);
  return text;
}

/**
 * The element tree of a checked text; a file that is not well-formed XML is
 * refused with its line and column. Whitespace between elements is kept: in a
 * target it is text.
 */
export function parseXml(file: string, text: string): Element {
  try {
    return xml2js(text, { compact: false, captureSpacesBetweenElements: true }) as Element;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // sax counts lines from 0 and columns from 0, after the character at fault.
    const where = /Line: (\d+)\s+Column: (\d+)/.exec(message);
    const position = where ? `${Number(where[1]) + 1}:${Math.max(1, Number(where[2]))}: ` : '';
    throw new XliffInputError(file, [`${position}not well-formed XML (${message.split('\n')[0]}). Fix it there, or export the file again from the CAT tool`]);
  }
}
