// How long each stage took, for `npm run bench`: measured around the stages
// (`span`, `sum`), so the stages themselves hold no clocks.
import type { RenderCount } from '../cache/cached-render.ts';

export interface BuildTimings {
  /** Validation and preparation of every view model. */
  prepareMs: number;
  /** Diagram rendering, the browser's start included; `diagramMs` is each diagram's own time. */
  diagramsMs: number;
  diagramMs: number[];
  /** Eleventy's print runs: the print pages. */
  printPagesMs: number;
  /** Printing every PDF; `pdfs` has each file's own time (they print a few at a time). */
  pdfsMs: number;
  pdfs: { name: string; ms: number; bytes: number }[];
  /** Eleventy's site run, with the output check. */
  siteMs: number;
  totalMs: number;
  /** Browsers this build launched: one, none with stand-ins, none when the render cache had every file. */
  browserLaunches: number;
  /** Files rendered and reused from the render cache, per kind (all rendered without the cache). */
  diagrams: RenderCount;
  pdfFiles: RenderCount;
  /** Eleventy's runs: made, and written from the render cache (src/pipeline/eleventy-run.ts). */
  eleventyRuns: RenderCount;
}

type Measured = 'prepareMs' | 'diagramsMs' | 'printPagesMs' | 'pdfsMs' | 'siteMs';

export class Timings {
  readonly started = performance.now();
  readonly #ms: Record<Measured, number> = { prepareMs: 0, diagramsMs: 0, printPagesMs: 0, pdfsMs: 0, siteMs: 0 };
  readonly #spanStart = new Map<Measured, number>();
  readonly diagramMs: number[] = [];
  readonly pdfs: BuildTimings['pdfs'] = [];

  /** Measures `work` as part of `stage`, whose time runs from the first such work's start to the last one's end. */
  async span<T>(stage: Measured, work: () => Promise<T>): Promise<T> {
    if (!this.#spanStart.has(stage)) this.#spanStart.set(stage, performance.now());
    try {
      return await work();
    } finally {
      this.#ms[stage] = performance.now() - this.#spanStart.get(stage)!;
    }
  }

  /** Measures `work` as part of `stage`, whose time is the sum of all such work (some of it at once). */
  async sum<T>(stage: Measured, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.#ms[stage] += performance.now() - started;
    }
  }

  /** Since the build started: how long preparing took, as the log states it. */
  sinceStart(stage: 'prepareMs'): number {
    return (this.#ms[stage] = performance.now() - this.started);
  }

  ms(stage: Measured): number {
    return this.#ms[stage];
  }

  result(counts: Pick<BuildTimings, 'browserLaunches' | 'diagrams' | 'pdfFiles' | 'eleventyRuns'>): BuildTimings {
    return { ...this.#ms, diagramMs: this.diagramMs, pdfs: this.pdfs, totalMs: performance.now() - this.started, ...counts };
  }
}
