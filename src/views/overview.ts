// A sector's overview page: the introduction, the steps by phase, the other
// sections and the PDFs to download.
import type { LinkView } from './chrome.ts';
import { sectionPath } from './chrome.ts';
import { productPath } from '../products/registry.ts';
import { sectorPageTools, type PageBase, type PhaseLinksView, type SectorContext } from './sector-page.ts';
import { assetHref, href, sitePaths } from './urls.ts';

export interface DownloadView {
  /** The file's site path (a PDF's, or a package's). */
  pdf: string;
  /** Its media type, for the link's `type`. */
  type: 'application/pdf' | 'application/zip';
  href: string;
  /** The link text, with `{pages}` and `{size}` filled in from the rendered file (src/views/rendered.ts): shown once the file exists. */
  labelTemplate: string;
}

export interface OverviewPageView extends PageBase {
  introduction: string[];
  phases: PhaseLinksView[];
  more: LinkView[];
  downloads: DownloadView[];
  headings: { steps: string; more: string; downloads: string };
}

/** The files a sector offers for download: one per product (src/products/registry.ts), named as the print views name them. */
function toPrintDownloads({ lang, t, plan, products }: SectorContext) {
  return products.map((product) => ({
    pdf: productPath(product, lang, plan.sector.id),
    title: t(product.titleKey, { sector: plan.sector.name }),
    format: product.kind === 'pdf' ? product.paper.format : product.format,
    type: product.kind === 'pdf' ? ('application/pdf' as const) : ('application/zip' as const),
    labelKey: product.kind === 'pdf' ? ('ui:print.download-label' as const) : product.downloadLabelKey,
  }));
}

export function toOverviewPage(context: SectorContext): OverviewPageView {
  const { lang, t, plan } = context;
  const { section, phaseLinks } = sectorPageTools(context);
  const path = sectionPath.overview(lang, plan.sector.id);
  return {
    ...section('overview', plan.title, plan.introduction),
    introduction: plan.introduction,
    phases: phaseLinks(path),
    more: (['plan', 'walk', 'flowchart', 'contacts', 'glossary'] as const).map((id) => ({
      label: t(`ui:nav.${id}`),
      href: href(path, sectionPath[id](lang, plan.sector.id)),
      current: false,
    })).concat({ label: t('ui:training.nav'), href: href(path, sitePaths.training(lang, plan.sector.id)), current: false }),
    downloads: toPrintDownloads(context).map(({ pdf, title, format, type, labelKey }) => ({
      pdf,
      type,
      href: assetHref(path, pdf),
      labelTemplate: t(labelKey, { title, format, pages: '{pages}', size: '{size}' }),
    })),
    headings: { steps: t('ui:overview.steps'), more: t('ui:overview.more'), downloads: t('ui:print.downloads') },
  };
}
