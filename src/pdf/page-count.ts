// How many pages a printed PDF has, read without parsing it: the render
// cache reports it for a PDF it copies, the printer for one it prints.

/** The number of pages of a PDF written by Chromium (its page tree's /Count). */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/<<(?:(?!>>)[\s\S])*?\/Type\s*\/Pages\b(?:(?!>>)[\s\S])*?>>/g)].flatMap((m) => {
    const count = /\/Count\s+(\d+)/.exec(m[0]);
    return count ? [Number(count[1])] : [];
  });
  return Math.max(0, ...counts);
}
