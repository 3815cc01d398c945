// Checks of a built site shared by the site tests and the pseudo-locale
// tests: valid HTML, and every internal link and fragment resolving.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import type { SitePage } from './site-files.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Long protocol sentences make long page titles; they are the step's own words.
    'long-title': 'off',
    // Preact writes void elements self-closed (<meta/>); both forms are valid HTML.
    'void-style': 'off',
  },
});

/** Every html-validate message on the pages, as `file:line:column rule: message`. */
export async function htmlProblems(pages: readonly SitePage[]): Promise<string[]> {
  const failures: string[] = [];
  for (const page of pages) {
    // Mermaid sizes a drawn chart with an inline style on its <svg>: the one
    // inline style the pages allow (their CSP says so too).
    const html = page.html.replace(/(<svg id="kindreflex-[^"]*"[^>]*?) style="[^"]*"/g, '$1');
    const report = await validator.validateString(html, page.file);
    for (const result of report.results) for (const m of result.messages) failures.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return failures;
}

/**
 * href/src values of a page: what it links to and loads. Not its canonical
 * and hreflang addresses: those are absolute, on the public site, and are
 * never requested (tests/web.test.ts checks them).
 */
export function references(page: SitePage): string[] {
  const doc = parseHTML(page.html).document;
  return [...doc.querySelectorAll('[href], [src]')]
    .filter((el) => !(el.tagName === 'LINK' && ['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')))
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
}

/** Internal links whose file does not exist or whose fragment names no id there. */
export function brokenLinks(siteDir: string, pages: readonly SitePage[]): string[] {
  const broken: string[] = [];
  for (const page of pages) {
    for (const ref of references(page)) {
      const [path, fragment] = ref.split('#') as [string, string | undefined];
      const target = path === '' ? page.file : normalize(join(dirname(page.file), path));
      if (!existsSync(join(siteDir, target))) {
        broken.push(`${page.file}: ${ref} (no file ${target})`);
        continue;
      }
      if (fragment && target.endsWith('.html')) {
        const html = target === page.file ? page.html : readFileSync(join(siteDir, target), 'utf8');
        if (!parseHTML(html).document.getElementById(fragment)) broken.push(`${page.file}: ${ref} (no id '${fragment}')`);
      }
    }
  }
  return broken;
}
