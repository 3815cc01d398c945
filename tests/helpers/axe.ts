// The one accessibility check for every page: axe-core with every rule it runs
// by default (the WCAG 2.0–2.2 A/AA rules and its best practices), none off.
import { AxePuppeteer } from '@axe-core/puppeteer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is switched off. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** The violations on the page as readable lines: rule, impact, and the elements at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are collected: gathering the passes too doubles the time per page.
  const results = await new AxePuppeteer(page).withTags([...WCAG_TAGS]).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

// The axe-core that @axe-core/puppeteer itself runs, so both ways check with the same rules.
const require = createRequire(createRequire(import.meta.url).resolve('@axe-core/puppeteer'));
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into every document `page` opens from now on, sent to the
 * browser once instead of once per page (for a page that visits many).
 * Chromium adds it before the page's own scripts, whatever the page's
 * Content-Security-Policy says, as the DevTools protocol does for AxePuppeteer.
 */
export async function installAxe(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(AXE_SOURCE);
}

/**
 * `axeViolations`, in a page prepared by `installAxe`: the same rules, the
 * same lines. Note: AxePuppeteer's `.options()` replaces the `runOnly` that
 * `.withTags()` set, so `axeViolations` runs every rule axe-core enables by
 * default (the WCAG tags and best practices alike); this runs that same set,
 * so the suite checks no less than it did (tests/axe-helper.browser.test.ts
 * compares the two).
 */
export async function installedAxeViolations(page: Page, { contrast = true }: { contrast?: boolean } = {}): Promise<string[]> {
  // `contrast: false` runs every rule but color-contrast, which takes about four fifths of axe's time on a page.
  const options = contrast ? { resultTypes: ['violations'] } : { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } };
  const violations = await page.evaluate(async (options) => {
    // axe-core's global, from installAxe; this is the slice of its API used here.
    const axe = (window as unknown as { axe?: { run(context: Document, options: object): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    if (!axe) throw new Error('axe-core is not in this page: call installAxe(page) before it navigates');
    const results = await axe.run(document, options);
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
}
