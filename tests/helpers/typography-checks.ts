// Checks on built text, as a reader sees it: French spacing before
// punctuation, labels said twice, page text without the parts in another
// language. Pure functions over strings and parsed pages.
import { execFileSync } from 'node:child_process';
import { parseHTML } from 'linkedom';

/**
 * Every place where French needs a no-break space before : ; ? ! and has a
 * plain space or none, with a little context. Addresses are not prose: a
 * mark right after a word with a slash in it (a URL, a file path) and a
 * colon between digits ("10:30") are left alone.
 */
export function frenchSpacingProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/[;:?!]+/gu)) {
    const at = match.index;
    const before = text.slice(0, at);
    if (before.endsWith('\u00A0') || before.endsWith('\u202F')) continue;
    const word = /\S*$/u.exec(before)![0];
    const after = text.slice(at + match[0].length);
    if (word.includes('/') || after.startsWith('//')) continue;
    if (match[0] === ':' && /\d$/u.test(word) && /^\d/u.test(after)) continue;
    problems.push(`…${text.slice(Math.max(0, at - 25), at + 5)}…`.replace(/\s+/gu, ' '));
  }
  return problems;
}

/** The text of a page, element by element, without what is marked as another language (Dutch fallbacks, cited sources). */
export function pageText(html: string, lang: string): string {
  const { document } = parseHTML(html);
  const parts: string[] = [document.querySelector('title')?.textContent ?? ''];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        const own = element.getAttribute('lang');
        if (own && own !== lang) continue;
        if (['SCRIPT', 'STYLE', 'TITLE'].includes(element.tagName.toUpperCase())) continue;
        walk(element);
        parts.push('\n');
      }
    }
  };
  walk(document.body as unknown as Node);
  return parts.join('');
}

/** A PDF's text, as pdftotext reads it (poppler). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/**
 * Places where an item's label is followed by the same words again
 * ("Noteer in het dossier: Noteer in het dossier hoe …"), compared without
 * case, with any spacing and colon between them.
 */
export function repeatedLabels(text: string, labels: readonly string[], lang: string): string[] {
  const flat = text.replace(/\s+/gu, ' ').toLocaleLowerCase(lang);
  return labels.flatMap((label) => {
    const bare = label.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '').toLocaleLowerCase(lang);
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...flat.matchAll(new RegExp(`${escaped}\\s?:\\s*${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m[0]);
  });
}
