// Everything one build publishes, prepared from the model and the locales:
// validated first, so bad input fails before any page is written.
import { join } from 'node:path';
import { loadLocales, SOURCE_LANGUAGE, type Locale } from '../i18n/load-locales.ts';
import { createTranslator } from '../i18n/translator.ts';
import { applySector } from '../protocol/apply-sector.ts';
import { kindreflex } from '../protocol/kindreflex.ts';
import type { Protocol } from '../protocol/types.ts';
import { formatProblems, validate, type Problem } from '../protocol/validate.ts';
import { sectors as allSectors } from '../sectors/index.ts';
import type { Sector } from '../sectors/types.ts';
import { introductionKey } from '../protocol/keys.ts';
import {
  toLanguageHome, toRoot, toSectorPages, type AboutPageView, type ContactsPageView, type SiteFlowchartPageView, type GlossaryPageView,
  type LanguageHomeView, type OverviewPageView, type PlanPageView, type RootView, type StepPageView, type WalkPageView,
} from '../views/pages.ts';
import { toPlanView } from '../views/plan.ts';

export interface Publication {
  root: RootView;
  homes: LanguageHomeView[];
  overviews: OverviewPageView[];
  plans: PlanPageView[];
  /** One flowchart page (and presentation) per sector and language; SVGs are added by the build. */
  flowcharts: SiteFlowchartPageView[];
  steps: StepPageView[];
  walks: WalkPageView[];
  contacts: ContactsPageView[];
  glossaries: GlossaryPageView[];
  abouts: AboutPageView[];
  /** `@font-face` rules with the font inlined, for the standalone SVG files; set by the build with the SVGs. */
  diagramFontCss?: string;
}

export interface PublicationInput {
  localesDir?: string;
  protocol?: Protocol;
  sectors?: readonly Sector[];
}

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly problems: readonly Problem[]) {
    super(`The protocol definition, its sectors or the Dutch text is not valid.\n${formatProblems(problems)}`);
  }
}

export function preparePublication({
  localesDir = join(process.cwd(), 'locales'),
  protocol = kindreflex,
  sectors = allSectors,
}: PublicationInput = {}): Publication {
  const locales: Locale[] = loadLocales(localesDir);
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const problems = validate({ protocol, sectors, source: source.resources, sourceDir: join(localesDir, SOURCE_LANGUAGE) });
  if (problems.length > 0) throw new ValidationError(problems);

  const languages = locales.map(({ lang, meta }) => ({ lang, meta }));
  let root: RootView | undefined;
  const publication: Omit<Publication, 'root'> = {
    homes: [],
    overviews: [],
    plans: [],
    flowcharts: [],
    steps: [],
    walks: [],
    contacts: [],
    glossaries: [],
    abouts: [],
  };
  for (const locale of locales) {
    const perSector = sectors.map((sector) => {
      const t = createTranslator(locales, locale.lang, sector);
      const applied = applySector(protocol, sector);
      const plan = toPlanView({ protocol: applied, sector, lang: locale.lang, meta: locale.meta, t });
      return { sector, t, applied, plan };
    });
    const first = perSector[0]!;
    const context = {
      lang: locale.lang,
      meta: locale.meta,
      t: first.t,
      languages,
      sectors: perSector.map(({ plan }) => plan.sector),
      edition: first.plan.edition,
    };
    if (locale.lang === SOURCE_LANGUAGE) root = toRoot(context);
    publication.homes.push(
      toLanguageHome(
        context,
        perSector.map(({ plan, t }) => ({ ...plan.sector, method: t(introductionKey('method')) })),
        first.t(introductionKey('six-steps')),
      ),
    );
    for (const { sector, t, applied, plan } of perSector) {
      const pages = toSectorPages({ ...context, t, protocol: applied, sector, plan });
      publication.overviews.push(pages.overview);
      publication.plans.push(pages.plan);
      publication.flowcharts.push(pages.flowchart);
      publication.steps.push(...pages.steps);
      publication.walks.push(...pages.walk);
      publication.contacts.push(pages.contacts);
      publication.glossaries.push(pages.glossary);
      publication.abouts.push(pages.about);
    }
  }
  // loadLocales guarantees the source language, so the root page exists.
  return { root: root!, ...publication };
}

/** The site path of every page the publication describes. */
export function pagePaths({ diagramFontCss: _, ...pages }: Publication): string[] {
  return [
    ...Object.values(pages).flatMap((views: { path: string } | { path: string }[]) => (Array.isArray(views) ? views : [views]).map((view) => view.path)),
    ...pages.flowcharts.map((flowchart) => flowchart.presentationPath),
  ];
}
