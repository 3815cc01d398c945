// Plain tests start no browser: stand-ins for the two things the build does in
// Chromium (tests/*.browser.test.ts do them for real).
import { writeFileSync } from 'node:fs';
import type { PrintedPdf, PrintJob } from '../../src/browser/print-pdf.ts';

/** A stand-in SVG per diagram. */
export const stubDiagrams = async (sources: readonly { id: string }[]) =>
  sources.map((s) => ({ id: s.id, svg: `<svg id="${s.id}" role="img" xmlns="http://www.w3.org/2000/svg"></svg>`, ms: 0 }));

/**
 * A stand-in file per PDF, so the site's download links have something to
 * point at. It says it has one page the way a PDF does (a page tree with
 * /Count 1), so a build that reuses it from the render cache counts the pages
 * it was printed with, and writes the same download links.
 */
export const stubPrint = async (jobs: readonly PrintJob[]): Promise<PrintedPdf[]> =>
  jobs.map((job) => {
    const bytes = Buffer.from(`%PDF-1.7 stand-in for ${job.name}\n1 0 obj << /Type /Pages /Count 1 /Kids [] >> endobj\n`);
    writeFileSync(job.pdfFile, bytes);
    return { job, sitePath: job.sitePath, pages: 1, bytes: bytes.length, ms: 0 };
  });

/** Build options for plain tests. */
export const withoutBrowser = { renderDiagrams: stubDiagrams, printPdfs: stubPrint };
