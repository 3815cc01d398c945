// Once the PDFs are printed, the overview pages can say what each download
// is: format, number of pages and file size.
import type { PrintedPdf } from '../browser/print-pdf.ts';
import type { Publication } from './publication.ts';

export function formatSize(bytes: number, lang: string): string {
  const kb = bytes / 1024;
  return kb < 1024
    ? `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, kb))} KB`
    : `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}

export function withDownloads(publication: Publication, printed: readonly PrintedPdf[]): Publication {
  const byPdf = new Map(printed.map((p) => [p.sitePath, p]));
  return {
    ...publication,
    overviews: publication.overviews.map((overview) => ({
      ...overview,
      downloads: overview.downloads.map((download) => {
        const pdf = byPdf.get(download.pdf);
        if (!pdf) return download;
        return {
          ...download,
          label: download.labelTemplate.replace('{pages}', String(pdf.pages)).replace('{size}', formatSize(pdf.bytes, overview.chrome.lang)),
        };
      }),
    })),
    // A step page links the checklist only once it exists: a build with stand-in printers has none.
    steps: publication.steps.map((step) => (byPdf.has(step.checklist.pdf) ? { ...step, checklist: { ...step.checklist, label: step.checklist.labelTemplate } } : step)),
  };
}
