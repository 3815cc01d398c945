// The browser a build renders in: launched on first use (or early, by a
// build that knows it will need it), launched again if it crashed, closed by
// `close()` whatever happened. One build owns one session; `npm run build --
// --watch` hands the same session to every rebuild, so a rebuild after an
// edit finds the browser running, Mermaid loaded and its print pages open.
import type { Browser } from 'puppeteer';
import { launchBrowser, type LaunchOptions } from './launch.ts';
import { defaultPrintConcurrency, PrintPages } from './print-pdf.ts';
import { openDiagramPage, type DiagramPage, type DiagramRequest, type RenderedDiagram } from './render-diagrams.ts';

export interface BrowserSession {
  /** The browser, for printing (launched if it is not running). */
  browser(): Promise<Browser>;
  /** Renders diagrams in the session's one Mermaid page. */
  renderDiagrams(sources: readonly DiagramRequest[]): Promise<RenderedDiagram[]>;
  /** The pages PDFs print in, shared by every print stage (and every rebuild); closed with the browser. */
  readonly pages: PrintPages;
  /** Launches the browser now, for a build that will print. */
  start(): void;
  /**
   * Launches the browser and loads Mermaid into a page now, for a build that
   * will draw; with `printPage` (a print page's HTML file), also opens a page
   * per print slot with it loaded. Resolves when that is done or failed.
   */
  warm(printPage?: string): Promise<void>;
  /** Browsers launched so far. */
  launches(): number;
  /** Times the browser was asked for work (rendering or printing) so far: a browser started early may turn out not to be needed. */
  uses(): number;
  /** Closes the browser, once; a later call waits for the same close. */
  close(): Promise<void>;
}

export function browserSession(launchOptions: LaunchOptions = {}): BrowserSession {
  let launched: Promise<Browser> | undefined;
  let launches = 0;
  let uses = 0;
  let closing: Promise<void> | undefined;
  const browser = async (): Promise<Browser> => {
    // Work still under way when the session closes (a stopped --watch) fails, and is not tried again in a new browser.
    if (closing) throw Object.assign(new Error('the build was stopped and its browser closed'), { retry: false });
    const pending = launched;
    const current = await pending?.catch(() => undefined);
    // Only the first caller to see the crash relaunches; the others wait for it.
    if ((!current || !current.connected) && launched === pending) {
      launches++;
      launched = launchBrowser(launchOptions);
    }
    return launched!;
  };
  // One page with Mermaid loaded for every round of diagrams. A page that
  // failed is not trusted with the next round, nor one still busy with a
  // round that timed out (the retry opens another).
  let diagramPage: Promise<DiagramPage> | undefined;
  const busy = new WeakSet<DiagramPage>();
  const pages = new PrintPages();
  const openPage = () => {
    const current = diagramPage?.catch(() => undefined);
    diagramPage = (async () => {
      const page = await current;
      return page?.usable() && !busy.has(page) ? page : openDiagramPage(await browser());
    })();
    return diagramPage;
  };
  const renderDiagrams = async (sources: readonly DiagramRequest[]): Promise<RenderedDiagram[]> => {
    uses++;
    const page = await openPage();
    busy.add(page);
    try {
      return await page.render(sources);
    } catch (error) {
      diagramPage = undefined;
      await page.close().catch(() => {});
      throw error;
    } finally {
      busy.delete(page);
    }
  };
  return {
    browser: () => {
      uses++;
      return browser();
    },
    renderDiagrams,
    pages,
    start: () => void browser().catch(() => {}),
    warm: (printPage) =>
      Promise.all([openPage(), printPage && pages.prepare(browser, defaultPrintConcurrency(), printPage)]).then(() => {}, () => {}),
    launches: () => launches,
    uses: () => uses,
    close: () => (closing ??= (async () => {
      const current = await launched?.catch(() => undefined);
      await pages.close();
      if (current?.connected) await current.close();
    })()),
  };
}
