// The one accessibility check for every page: axe-core with fixed WCAG tags.
import { AxePuppeteer } from '@axe-core/puppeteer';
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
