// The about page: credit, edition, the source documents used, and the
// status of this language.
import type { Source } from '../protocol/types.ts';
import { sectorPageTools, type PageBase, type SectorContext } from './sector-page.ts';

export interface AboutPageView extends PageBase {
  creditHeading: string;
  credit: string;
  moreInformation: string;
  editionHeading: string;
  edition: string;
  sourcesHeading: string;
  /** The source documents, cited in their own language (`lang`: they are Dutch documents). */
  sources: { title: string; issuedBy: string; location: string; lang: string }[];
  languageHeading: string;
  languageStatus: string;
  /** The change history (src/views/versions.ts), once there is a release. */
  history?: { label: string; href: string };
}

export function toAboutPage(context: SectorContext): AboutPageView {
  const { t, protocol, sector, plan, meta } = context;
  const usedSources = new Set([protocol.source, sector.source]);
  return {
    ...sectorPageTools(context).section('about', t('ui:about.heading'), [plan.credit, plan.edition]),
    creditHeading: t('ui:about.credit'),
    credit: plan.credit,
    moreInformation: plan.moreInformation,
    editionHeading: t('ui:about.edition'),
    edition: plan.edition,
    sourcesHeading: t('ui:about.sources'),
    sources: protocol.sources
      .filter((source) => usedSources.has(source.id))
      .map(({ title, issuedBy, location }: Source) => ({ title, issuedBy, lang: plan.sourcesLang, location: t('ui:about.source-location', { location }) })),
    languageHeading: t('ui:about.language'),
    languageStatus: meta.source
      ? t('ui:about.language-source')
      : meta.reviewed
        ? t('ui:about.language-reviewed', { by: meta.reviewedBy ?? '' })
        : t('ui:about.language-draft'),
  };
}
