// The flowcharts in a real headless Chromium: one browser for the whole file
// (the build launches its own, once, and closes it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { renderDiagrams } from '../src/browser/render-diagrams.ts';
import { diagramSources } from '../src/views/flowchart-page.ts';
import { flowchartThemes } from '../src/views/flowchart-themes.ts';
import { mermaidConfig, toMermaid } from '../src/views/mermaid.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild, type SharedBuild } from './helpers/shared-build.ts';

let browser: Browser;
let result: SharedBuild;

beforeAll(async () => {
  result = await sharedBuild();
  browser = await launchBrowser();
}, SHARED_BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

const site = (...path: string[]) => join(result.outDir, 'site', ...path);

describe('every rendered flowchart', () => {
  it('is an image with a title and a description, its labels as SVG text, and no foreignObject', () => {
    for (const page of result.publication.flowcharts) {
      for (const [theme, source] of Object.entries(page.diagrams)) {
        const svg = result.rendered.svgs[source.id]!;
        const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
        const root = document.querySelector('svg')!;
        const name = `${page.path} ${theme}`;
        expect(root.getAttribute('role'), name).toBe('img');
        expect(root.hasAttribute('aria-roledescription'), name).toBe(false);
        expect(document.getElementById(root.getAttribute('aria-labelledby')!)?.tagName.toLowerCase(), name).toBe('title');
        expect(document.getElementById(root.getAttribute('aria-describedby')!)?.tagName.toLowerCase(), name).toBe('desc');
        expect(root.querySelector('title')?.textContent, name).toBe(page.graph.title);
        expect(root.querySelector('desc')?.textContent, name).toBe(page.graph.description);
        expect(svg, name).not.toContain('foreignObject');
        // Mermaid wraps a label into rows (tspans); the rows joined by spaces are the label.
        const labels = [...root.querySelectorAll('text')].map((t) =>
          [...t.querySelectorAll('tspan.text-outer-tspan')].map((row) => row.textContent!.trim()).join(' '),
        );
        for (const node of page.graph.nodes) expect(labels, `${name} ${node.id}`).toContain(`${node.label} ${node.title}`);
        for (const edge of page.graph.edges) if (edge.condition) expect(labels, name).toContain(edge.condition);
      }
    }
  });

  it('print charts drawn as restyles of the screen drawing are what Mermaid draws from their own source, byte for byte', async () => {
    const restyled = diagramSources(result.publication.flowcharts).filter((source) => source.layoutOf);
    expect(restyled.map((s) => s.theme)).toEqual(result.publication.flowcharts.map(() => 'print'));
    // Without `layoutOf` the page lays each one out itself, as it did before the restyle.
    const drawn = await renderDiagrams(browser, restyled.map(({ id, source, config }) => ({ id, source, config })));
    const built = new Map(result.publication.flowcharts.map((page) => [page.diagrams.print.id, result.rendered.svgs[page.diagrams.print.id]]));
    for (const diagram of drawn) expect(built.get(diagram.id), diagram.id).toBe(diagram.svg);
  });

  it('renders to the same bytes twice', async () => {
    const sources = diagramSources(result.publication.flowcharts).slice(0, 3);
    const [first, second] = [await renderDiagrams(browser, sources), await renderDiagrams(browser, sources)];
    expect(second.map((d) => d.svg)).toEqual(first.map((d) => d.svg));
    expect(first.map((d) => d.svg)).toEqual(sources.map((s) => Object.values(result.rendered.svgs).find((svg) => svg.includes(`id="${s.id}"`))));
  });

  it('shows any label text as that text: quotes, brackets, arrows, comments, braces, backticks, emoji, right-to-left, markup', async () => {
    // Markup in short words: Mermaid hard-wraps a word longer than the label's width
    // character by character, which can cut an escape code in two (see docs/developers.md, Flowcharts).
    const tricky = '"] --> x %% {} ` 😀 שלום <script> x </script> <img src=x onerror=x> javascript: x';
    const graph = {
      title: tricky,
      description: tricky,
      nodes: [
        { id: 'step-1', number: 1, label: 'Stap 1', title: tricky, phase: 'standard' as const, kind: 'standard' as const },
        { id: 'step-2', number: 2, label: 'Stap 2', title: 'B', phase: 'follow-up' as const, kind: 'follow-up' as const },
      ],
      edges: [{ from: 'step-1', to: 'step-2', branch: 'b', condition: tricky, label: '', toEscalation: false }],
    };
    const theme = flowchartThemes.screen;
    const [rendered] = await renderDiagrams(browser, [{ id: 'tricky', source: toMermaid(graph, theme), config: mermaidConfig(theme) }]);
    const page = await browser.newPage();
    try {
      await page.setContent(`<!doctype html><html><body>${rendered!.svg}</body></html>`);
      const texts = await page.$$eval('svg text', (els) =>
        els.map((el) => [...el.querySelectorAll('tspan.text-outer-tspan')].map((row) => row.textContent!.trim()).join(' ')),
      );
      expect(texts).toContain(`Stap 1 ${tricky}`);
      expect(texts).toContain(tricky);
      expect(await page.$eval('svg title', (el) => el.textContent)).toBe(tricky);
      expect(await page.$eval('svg desc', (el) => el.textContent)).toBe(tricky);
      // The markup is text: no element of it exists in the SVG.
      expect(await page.$$eval('svg script, svg img, svg [onerror]', (els) => els.length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('opens as a standalone SVG file, with its font and no XML error', async () => {
    const page = await browser.newPage();
    try {
      const flowchart = result.publication.flowcharts[0]!;
      await page.goto(pathToFileURL(site(flowchart.path, flowchart.diagrams.print.file)).href);
      expect(await page.evaluate(() => document.documentElement.tagName)).toBe('svg');
      expect(await page.evaluate(() => document.querySelector('parsererror'))).toBeNull();
      expect(readFileSync(site(flowchart.path, flowchart.diagrams.print.file), 'utf8')).toContain('data:font/woff2;base64,');
    } finally {
      await page.close();
    }
  });
});

describe('the flowchart page', () => {
  it('inlines the screen chart, lists the decision tree as text and links the other versions', () => {
    const flowchart = result.publication.flowcharts.find((f) => f.sector.id === 'gevangenis')!;
    const { document } = parseHTML(readFileSync(site(flowchart.path, 'index.html'), 'utf8'));
    expect(document.querySelectorAll('svg[role="img"]')).toHaveLength(1);
    for (const edge of flowchart.graph.edges) {
      const link = document.querySelector(`#flow-${edge.from} a[href="#flow-${edge.to}"]`);
      expect(link, `${edge.from} → ${edge.to}`).not.toBeNull();
    }
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['../index.html', '../presentation/index.html', 'kindreflex-print.svg', 'kindreflex-projector.svg']));
    expect(hrefs.every((h) => !h?.startsWith('/') && !h?.includes('://'))).toBe(true);
  });
});

describe('the presentation', () => {
  it('highlights step 2 and its branches after two presses of →, and Esc shows the whole chart again', async () => {
    const flowchart = result.publication.flowcharts.find((f) => f.sector.id === 'gevangenis')!;
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1920, height: 1080 });
      await page.goto(pathToFileURL(site(flowchart.presentationPath, 'index.html')).href);
      // The slides exist once the script has measured them in the loaded typeface; a key pressed before that has no step to go to.
      await page.waitForFunction(() => document.querySelector<HTMLElement>('.kr-presentation__main')?.dataset['layout'] === '1920x1080', { timeout: 20_000 });
      const state = () =>
        page.evaluate(() => ({
          current: [...document.querySelectorAll('svg .node.kr-is-current')].map((n) => n.id),
          branches: [...document.querySelectorAll('svg path.kr-is-branch')].map((p) => p.getAttribute('data-id')),
          shown: [...document.querySelectorAll('.kr-presentation__step')].filter((s) => (s as HTMLElement).offsetHeight > 0).map((s) => s.getAttribute('data-step')),
        }));
      expect((await state()).current).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const two = await state();
      expect(two.current).toHaveLength(1);
      expect(two.current[0]).toMatch(/-flowchart-step-2-\d+$/);
      expect(two.branches.sort()).toEqual(['L_step-2_step-3_0', 'L_step-2_step-4_0']);
      expect(two.shown).toEqual(['step-2']);
      await page.keyboard.press('Escape');
      const whole = await state();
      expect(whole.current).toEqual([]);
      expect(whole.branches).toEqual([]);
      expect(whole.shown).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('without script, shows the whole chart and every step with its checklist', async () => {
    const flowchart = result.publication.flowcharts[0]!;
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(pathToFileURL(site(flowchart.presentationPath, 'index.html')).href);
      const shown = await page.$$eval('.kr-presentation__step', (els) => els.filter((s) => (s as HTMLElement).offsetHeight > 0).length);
      expect(shown).toBe(flowchart.steps.length);
      expect(await page.$$eval('svg .node', (els) => els.length)).toBe(flowchart.graph.nodes.length);
      expect(await page.$$eval('script:not([src])', (els) => els.length)).toBe(0);
    } finally {
      await page.close();
    }
  });
});
