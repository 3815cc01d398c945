// Mermaid source → static SVG, in the build's one browser. One page renders
// every diagram; it loads Mermaid's own ESM bundle and the font from
// node_modules through request interception on a made-up origin (file://
// refuses module imports), and aborts every other request, so nothing comes
// from the network. The page is the caller's to close (`renderDiagrams`
// closes its own in a `finally`); the browser is the caller's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { FONT_FAMILY, fontFaceCss, fontFiles } from '../fonts/faces.ts';
import { NO_BREAK_SPACE_STAND_IN } from '../views/mermaid.ts';
import { restyleBetween, restyleSvg, styleSource } from './restyle-diagram.ts';
import type { DiagramConfig, DiagramDrawing, DiagramRequest, RenderedDiagram } from '../cache/render-jobs.ts';

export type { DiagramConfig, DiagramDrawing, DiagramRequest, RenderedDiagram };

/** A made-up origin: `.invalid` never resolves, so a request that escapes interception fails. */
const ORIGIN = 'http://kindreflex.invalid/';

const require = createRequire(import.meta.url);
const MERMAID_DIST = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
const FONT_DIR = dirname(fontFiles()[0]!);

/** The self-hosted font every diagram is measured and drawn with (site, SVG files and projector agree). */
export const DIAGRAM_FONT_FAMILY = FONT_FAMILY;

const RENDER_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><style>${fontFaceCss('fonts/')}</style></head>
<body><script type="module">
import mermaid from './mermaid/mermaid.esm.min.mjs';
window.kindreflexMermaid = mermaid;
</script></body></html>`;

function respond(request: HTTPRequest): void {
  const url = request.url();
  const path = url.startsWith(ORIGIN) ? decodeURIComponent(url.slice(ORIGIN.length).split(/[?#]/)[0]!) : undefined;
  const serve = (dir: string, rel: string, contentType: string) => {
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep)) return void request.abort('accessdenied');
    try {
      void request.respond({ status: 200, contentType, body: readFileSync(file) });
    } catch {
      void request.abort('failed');
    }
  };
  if (path === '') return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: RENDER_PAGE });
  if (path?.startsWith('mermaid/')) return serve(MERMAID_DIST, path.slice('mermaid/'.length), 'text/javascript; charset=utf-8');
  if (path?.startsWith('fonts/')) return serve(FONT_DIR, path.slice('fonts/'.length), 'font/woff2');
  void request.abort('blockedbyclient');
}

/**
 * Mermaid 11 decodes an entity code (`#34;`) to the text `&#34;` but then
 * sets it as plain text in the SVG labels, so it would show as `&#34;`.
 * Our labels never hold a raw `&` or `#` (see `escapeMermaidText`), so every
 * `&amp;#N;` in the SVG is such a code: turn it back into the character.
 * The root gets `role="img"`, named and described by Mermaid's <title> and
 * <desc> (from accTitle and accDescr), without Mermaid's role description
 * ("flowchart-v2"), which a screen reader would read out instead of "image".
 */
export function cleanSvg(svg: string): string {
  return svg
    .replace(/&amp;#(\d+);/g, '&#$1;')
    .replaceAll(NO_BREAK_SPACE_STAND_IN, '&#160;')
    .replace(/^<svg ([^>]*?)role="graphics-document document"/, '<svg $1role="img"')
    .replace(/^(<svg [^>]*?) aria-roledescription="[^"]*"/, '$1');
}

/** A page of the browser with Mermaid loaded, which renders diagram after diagram. */
export interface DiagramPage {
  /** Renders the diagrams in order. Throws with the diagram's id when Mermaid rejects a source. */
  render(diagrams: readonly DiagramRequest[]): Promise<RenderedDiagram[]>;
  close(): Promise<void>;
  /** Closed, or its browser gone: open another. */
  usable(): boolean;
}

/**
 * Opens a page of `browser` and loads Mermaid into it, once: a build that
 * renders in two rounds (the print flowcharts first) loads Mermaid's bundle
 * once, not twice.
 */
export async function openDiagramPage(browser: Browser): Promise<DiagramPage> {
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', respond);
    await page.goto(ORIGIN, { waitUntil: 'load' });
    await page.waitForFunction(() => 'kindreflexMermaid' in window, { timeout: 30_000 });
    await page.evaluate(async (family) => {
      await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 16px "${family}"`)));
    }, DIAGRAM_FONT_FAMILY);
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
  return {
    render: (diagrams) => renderInPage(page, diagrams),
    close: () => page.close(),
    usable: () => !page.isClosed() && page.browser().connected,
  };
}

/** Renders every diagram in one new page of `browser`, in order, and closes the page. */
export async function renderDiagrams(browser: Browser, diagrams: readonly DiagramRequest[]): Promise<RenderedDiagram[]> {
  const page = await openDiagramPage(browser);
  try {
    return await page.render(diagrams);
  } finally {
    await page.close();
  }
}

/** The id the style-only drawings are made under (restyleSvg puts the diagram's own in its place). */
const STYLE_ID = 'kindreflex-style-only';

async function renderInPage(page: Page, diagrams: readonly DiagramRequest[]): Promise<RenderedDiagram[]> {
  const rendered: RenderedDiagram[] = [];
  // Mermaid's own SVG of each drawing made in this call, by everything that makes it.
  const drawn = new Map<string, string>();
  const draw = async (diagram: DiagramDrawing): Promise<string> => {
    const key = JSON.stringify([diagram.id, diagram.source, diagram.config]);
    let svg = drawn.get(key);
    if (svg === undefined) drawn.set(key, (svg = await mermaidSvg(page, diagram)));
    return svg;
  };
  for (const diagram of diagrams) {
    const started = performance.now();
    let svg: string;
    if (diagram.layoutOf) {
      const { layoutOf } = diagram;
      let restyle;
      try {
        restyle = restyleBetween(layoutOf.source, diagram.source);
      } catch (error) {
        throw new Error(`The diagram '${diagram.id}' cannot be drawn on the layout of '${layoutOf.id}': ${error instanceof Error ? error.message : String(error)}. Give its theme a layout of its own (layoutOf in src/views/flowchart-themes.ts).`, { cause: error });
      }
      const base = await draw(layoutOf);
      const style = await draw({ id: STYLE_ID, source: styleSource(diagram.source), config: diagram.config });
      svg = restyleSvg(base, { fromId: layoutOf.id, toId: diagram.id, styleSvg: style, styleId: STYLE_ID, restyle });
    } else {
      svg = await draw(diagram);
    }
    rendered.push({ id: diagram.id, svg: cleanSvg(svg), ms: performance.now() - started });
  }
  return rendered;
}

/** Mermaid's SVG of one drawing, as Mermaid returns it. */
async function mermaidSvg(page: Page, diagram: DiagramDrawing): Promise<string> {
  const result = await page.evaluate(
    async ({ id, source, config, family }) => {
      // The bundle's types are not loaded into the page's scope; this is
      // the slice of Mermaid's API used here.
      const mermaid = (window as unknown as { kindreflexMermaid: {
        initialize(config: object): void;
        render(id: string, text: string): Promise<{ svg: string }>;
      } }).kindreflexMermaid;
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        // At the top level too: otherwise edge labels stay HTML
        // (foreignObject), which print and standalone SVG viewers drop.
        htmlLabels: false,
        flowchart: { htmlLabels: false, ...config.flowchart },
        theme: 'base',
        themeVariables: { fontFamily: `"${family}", Arial, sans-serif`, ...config.themeVariables },
        // Mermaid draws edge-label backgrounds half transparent, so the
        // line shows through the words.
        themeCSS: `.edgeLabel rect{opacity:1}${config.css ?? ''}`,
        deterministicIds: true,
        deterministicIDSeed: id,
        // Some shapes (the stadium) are drawn with rough.js, which is random unless seeded.
        handDrawnSeed: 1,
      });
      try {
        return { svg: (await mermaid.render(id, source)).svg };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
    { id: diagram.id, source: diagram.source, config: diagram.config, family: DIAGRAM_FONT_FAMILY },
  );
  if ('error' in result) throw new Error(`Mermaid could not render the diagram '${diagram.id}': ${result.error}`);
  return result.svg;
}
