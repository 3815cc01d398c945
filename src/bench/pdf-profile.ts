// Where the time of printing goes: every PDF of a built print folder printed
// again (into a temporary folder) with the build's own printer, its time
// split by phase (src/browser/print-pdf.ts `PrintPhase`), and the pocket
// cards' throughput. Used by `npm run bench` and `npm run bench:pdfs`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { withBrowser } from '../browser/launch.ts';
import { printPdfs, type PrintJob, type PrintPhase } from '../browser/print-pdf.ts';
import { printJobOf } from '../pipeline/build.ts';
import type { Publication } from '../pipeline/publication.ts';
import { PRODUCTS, productOf } from '../products/registry.ts';

export interface PdfProfile {
  concurrency: number;
  files: number;
  /** Wall time of the whole stage, browser start excluded. */
  wallMs: number;
  /** Summed time per phase over every file (with concurrency above 1 the phases of different files overlap). */
  phases: Partial<Record<PrintPhase, number>>;
}

/** The build's print jobs for the print pages already in `printDir`, writing into `pdfDir`. */
export function printJobs(publication: Publication, printDir: string, pdfDir: string): PrintJob[] {
  return publication.prints.flatMap((view) => {
    const product = productOf(PRODUCTS, view.product);
    return product.kind === 'pdf' ? [printJobOf(view, product, publication.published, printDir, pdfDir)] : [];
  });
}

/** Prints `jobs` once per concurrency in `concurrencies`, in one browser (a warm-up pass first). */
export async function profilePdfs(jobs: readonly PrintJob[], concurrencies: readonly number[]): Promise<PdfProfile[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kr-pdf-profile-'));
  try {
    const into = jobs.map((job) => ({ ...job, pdfFile: join(dir, job.sitePath) }));
    for (const job of into) mkdirSync(dirname(job.pdfFile), { recursive: true });
    return await withBrowser(async (browser) => {
      const get = async () => browser;
      await printPdfs(get, into.slice(0, 2), { concurrency: 1 });
      const profiles: PdfProfile[] = [];
      for (const concurrency of concurrencies) {
        const phases: Partial<Record<PrintPhase, number>> = {};
        const started = performance.now();
        await printPdfs(get, into, { concurrency, profile: (phase, ms) => void (phases[phase] = (phases[phase] ?? 0) + ms) });
        profiles.push({ concurrency, files: into.length, wallMs: performance.now() - started, phases });
      }
      return profiles;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "load 31 % · print 40 % · …", largest first. */
export function phaseShares(phases: Partial<Record<PrintPhase, number>>): string {
  const total = Object.values(phases).reduce((sum, ms) => sum + ms, 0);
  return Object.entries(phases)
    .sort((a, b) => b[1] - a[1])
    .map(([phase, ms]) => `${phase} ${Math.round((100 * ms) / total)} %`)
    .join(' · ');
}
