// Everything one build publishes, prepared from the model and the locales:
// validated first, so bad input fails before any page is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLocales, parseJsonFile, SOURCE_LANGUAGE, type Locale } from '../i18n/load-locales.ts';
import { createTranslator, fallbackMarker } from '../i18n/translator.ts';
import { toEditionView } from '../editions/edition-view.ts';
import { loadEditions } from './editions.ts';
import { applySector } from '../protocol/apply-sector.ts';
import type { PublicationDefinition } from '../protocol/definition.ts';
import { formatProblems, validate, type Problem } from '../protocol/validate.ts';
import { kindreflexPublication } from '../sectors/index.ts';
import { introductionKey } from '../protocol/keys.ts';
import type { AboutPageView } from '../views/about.ts';
import type { ContactsPageView } from '../views/contacts.ts';
import type { SiteFlowchartPageView } from '../views/flowchart-page.ts';
import type { GlossaryPageView } from '../views/glossary.ts';
import { toLanguageHome, type LanguageHomeView } from '../views/home.ts';
import { toRoot, type RootView } from '../views/index-page.ts';
import type { OverviewPageView } from '../views/overview.ts';
import { toSectorPages } from '../views/pages.ts';
import type { PlanPageView } from '../views/plan-page.ts';
import type { StepPageView } from '../views/step.ts';
import type { WalkPageView } from '../views/walk.ts';
import { toPlanView } from '../views/plan.ts';
import { toPrintProducts, type PrintPageView, type ProductId } from '../views/print.ts';
import { sitePaths, type AssetTable } from '../views/urls.ts';
import type { ChromeView } from '../views/chrome.ts';
import { unhashedAssets } from '../site/assets.ts';

export interface Publication {
  /** The protocol's publication date (ISO), written into every PDF. */
  published: string;
  /** The public site's address, ending in '/' (canonical URLs, the sitemap). */
  siteUrl: string;
  /** The published names of the CSS, script and font files. */
  assets: AssetTable;
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
  /** The print pages, one per product, sector and language: printed to PDF by the build, not part of the site. */
  cards: PrintPageView[];
  sheets: PrintPageView[];
  planPrints: PrintPageView[];
  posters: PrintPageView[];
  /** The working checklists (A4 forms). */
  checklists: PrintPageView[];
  /** `@font-face` rules with the font inlined, for the standalone SVG files; set by the build with the SVGs. */
  diagramFontCss?: string;
}

export interface PublicationInput {
  /** Where the public site is hosted: the card's QR code opens a sector's page there (default: publication.config.json). */
  siteUrl?: string;
  /** The locales folder; default the definition's, else `locales/` in the working folder. */
  localesDir?: string;
  /** The protocol and its sectors; default the Kindreflex. */
  definition?: PublicationDefinition;
  /**
   * The published (content-hashed) asset names, from `siteAssets()`; the
   * build passes them. Without, the plain names (for code that only reads views).
   */
  assets?: AssetTable;
  /** The local editions' folder; default the definition's, else `editions/` in the working folder. */
  editionsDir?: string;
}

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly problems: readonly Problem[]) {
    super(`The protocol definition, its sectors, the Dutch text or a local edition is not valid.\n${formatProblems(problems)}`);
  }
}

export function preparePublication({
  definition = kindreflexPublication,
  localesDir = definition.localesDir ?? join(process.cwd(), 'locales'),
  editionsDir = definition.editionsDir ?? join(process.cwd(), 'editions'),
  siteUrl = readSiteUrl(),
  assets = unhashedAssets(join(import.meta.dirname, '..', '..', 'templates')),
}: PublicationInput = {}): Publication {
  const { protocol, sectors } = definition;
  const locales: Locale[] = loadLocales(localesDir);
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const { editions, problems: editionProblems } = loadEditions(editionsDir, definition);
  const problems = [...validate({ protocol, sectors, source: source.resources, sourceDir: join(localesDir, SOURCE_LANGUAGE) }), ...editionProblems];
  if (problems.length > 0) throw new ValidationError(problems);

  const languages = locales.map(({ lang, meta }) => ({ lang, meta }));
  let root: RootView | undefined;
  const publication: Omit<Publication, 'root' | 'published' | 'siteUrl' | 'assets'> = {
    homes: [],
    overviews: [],
    plans: [],
    flowcharts: [],
    steps: [],
    walks: [],
    contacts: [],
    glossaries: [],
    abouts: [],
    cards: [],
    sheets: [],
    planPrints: [],
    posters: [],
    checklists: [],
  };
  for (const locale of locales) {
    const marker = fallbackMarker(locales, locale.lang);
    const perSector = sectors.map((sector) => {
      const t = createTranslator(locales, locale.lang, sector);
      const applied = applySector(protocol, sector);
      const plan = toPlanView({ protocol: applied, sector, lang: locale.lang, meta: locale.meta, t });
      // A local edition is its sector's plan, published at its own address with its own name and contact details.
      const local = editions
        .filter((edition) => edition.sector === sector.id)
        .map((edition) => ({
          sector,
          t,
          applied,
          plan: toPlanView({ protocol: applied, sector, lang: locale.lang, meta: locale.meta, t, edition: toEditionView(edition, locale.lang, marker) }),
        }));
      return { sector, t, applied, plan, local };
    });
    const first = perSector[0]!;
    const context = {
      lang: locale.lang,
      meta: locale.meta,
      t: first.t,
      languages,
      sectors: perSector.map(({ plan, local }) => ({ ...plan.sector, ...(local.length > 0 ? { editions: local.map((l) => l.plan.sector) } : {}) })),
      edition: first.plan.edition,
      siteUrl,
      assets,
    };
    if (locale.lang === SOURCE_LANGUAGE) root = toRoot(context, first.t(introductionKey('six-steps')));
    publication.homes.push(
      toLanguageHome(
        context,
        perSector.map(({ plan, t, local }) => ({
          ...plan.sector,
          method: t(introductionKey('method')),
          ...(local.length > 0 ? { editions: local.map((l) => l.plan.sector) } : {}),
        })),
        first.t(introductionKey('six-steps')),
      ),
    );
    for (const { sector, t, applied, plan } of perSector.flatMap((unit) => [unit, ...unit.local])) {
      const pages = toSectorPages({ ...context, t, protocol: applied, sector, plan });
      publication.overviews.push(pages.overview);
      publication.plans.push(pages.plan);
      publication.flowcharts.push(pages.flowchart);
      publication.steps.push(...pages.steps);
      publication.walks.push(...pages.walk);
      publication.contacts.push(pages.contacts);
      publication.glossaries.push(pages.glossary);
      publication.abouts.push(pages.about);
      const products = toPrintProducts({
        protocol: applied,
        plan,
        t,
        lang: locale.lang,
        sector: plan.sector.id,
        siteUrl: new URL(sitePaths.overview(locale.lang, plan.sector.id), siteUrl).href,
        ...(context.meta.reviewed ? {} : { draftNotice: t('ui:draft.notice') }),
        printDiagramId: pages.flowchart.diagrams.print.id,
        diagramTitle: pages.flowchart.graph.title,
        assets,
      });
      const byProduct = (product: ProductId) => products.filter((p) => p.product === product);
      publication.cards.push(...byProduct('card'));
      publication.sheets.push(...byProduct('sheet'));
      publication.planPrints.push(...byProduct('plan'));
      publication.posters.push(...byProduct('poster'));
      publication.checklists.push(...byProduct('checklist'));
    }
  }
  // loadLocales guarantees the source language, so the root page exists.
  return { published: protocol.published, siteUrl, assets, root: root!, ...publication };
}

/** The site path of every page the publication describes. */
/** The site's own pages (print pages are not part of it). */
export function pagePaths({
  diagramFontCss: _, published: _d, siteUrl: _u, assets: _a, cards: _c, sheets: _s, planPrints: _p, posters: _q, checklists: _k, ...pages
}: Publication): string[] {
  return [
    ...Object.values(pages).flatMap((views: { path: string } | { path: string }[]) => (Array.isArray(views) ? views : [views]).map((view) => view.path)),
    ...pages.flowcharts.map((flowchart) => flowchart.presentationPath),
  ];
}

/** The chrome of every page of the site (the presentations' too): what the sitemap lists. */
export function pageChromes(publication: Publication): ChromeView[] {
  const { root, homes, overviews, plans, flowcharts, steps, walks, contacts, glossaries, abouts } = publication;
  return [
    root,
    ...homes, ...overviews, ...plans, ...flowcharts, ...steps, ...walks, ...contacts, ...glossaries, ...abouts,
  ].map((page) => page.chrome).concat(flowcharts.map((page) => page.presentation.chrome));
}

/** Every print page, in a stable order. */
export function printPages(publication: Publication): PrintPageView[] {
  return [...publication.cards, ...publication.sheets, ...publication.planPrints, ...publication.posters, ...publication.checklists];
}

/** The part of the publication each Eleventy run writes: the print pages, or the site. */
export function printPart(publication: Publication): Publication {
  const empty = Object.fromEntries(Object.entries(publication).filter(([, v]) => Array.isArray(v)).map(([k]) => [k, []]));
  const { cards, sheets, planPrints, posters, checklists } = publication;
  return { ...publication, ...empty, cards, sheets, planPrints, posters, checklists };
}

/**
 * The print part with only the pages that show the print flowchart
 * (`withDiagram`), or only those that do not: the build prints the latter
 * while the diagrams are still being drawn.
 */
export function printPartWith(publication: Publication, withDiagram: boolean): Publication {
  const part = printPart(publication);
  const keep = (value: unknown) =>
    Array.isArray(value) ? value.filter((view: { diagram?: unknown }) => (view.diagram !== undefined) === withDiagram) : value;
  return Object.fromEntries(Object.entries(part).map(([name, value]) => [name, keep(value)])) as unknown as Publication;
}

export function sitePart(publication: Publication): Publication {
  return { ...publication, cards: [], sheets: [], planPrints: [], posters: [], checklists: [] };
}

/** The public site's address, from publication.config.json, or KINDREFLEX_SITE_URL. */
function readSiteUrl(): string {
  const fromEnv = process.env['KINDREFLEX_SITE_URL'];
  if (fromEnv) return fromEnv.endsWith('/') ? fromEnv : `${fromEnv}/`;
  const file = join(import.meta.dirname, '..', '..', 'publication.config.json');
  const { siteUrl } = parseJsonFile(file, readFileSync(file, 'utf8')) as { siteUrl?: unknown };
  if (typeof siteUrl !== 'string' || !URL.canParse(siteUrl)) {
    throw new Error(`${file}: "siteUrl" must be the full address of the public site, e.g. "https://www.kindreflex.be/stappenplan/".`);
  }
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}
