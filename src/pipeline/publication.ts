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
import type { TrainingPageView } from '../views/training.ts';
import { trainingSettings, type TrainingContext, type TrainingSettings } from '../views/training-questions.ts';
import { toPlanView } from '../views/plan.ts';
import { toPrintProducts, type PrintPageView } from '../views/print.ts';
import { PRODUCTS, type Product } from '../products/registry.ts';
import type { Translate } from '../i18n/translator.ts';
import type { Protocol, Sector } from '../protocol/types.ts';
import type { PlanView } from '../views/plan.ts';
import { sitePaths, type AssetTable } from '../views/urls.ts';
import type { ChromeView } from '../views/chrome.ts';
import { unhashedAssets } from '../site/assets.ts';

/** The site's own pages: what the site's Eleventy run writes. */
export interface SitePages {
  root: RootView;
  homes: LanguageHomeView[];
  overviews: OverviewPageView[];
  plans: PlanPageView[];
  /** One flowchart page (and presentation) per sector and language; its SVGs are rendered data (src/views/rendered.ts). */
  flowcharts: SiteFlowchartPageView[];
  steps: StepPageView[];
  walks: WalkPageView[];
  /** The training's pages per sector and language: the lessons, and a self-check. */
  trainings: TrainingPageView[];
  contacts: ContactsPageView[];
  glossaries: GlossaryPageView[];
  abouts: AboutPageView[];
}

type SitePageList = { [K in keyof SitePages]: SitePages[K] extends readonly unknown[] ? K : never }[keyof SitePages];

/** No site pages, as a print run has them: a new list of pages does not type-check until it is named here. */
const NO_SITE_PAGES: { [K in SitePageList]: [] } = {
  homes: [], overviews: [], plans: [], flowcharts: [], steps: [], walks: [], trainings: [], contacts: [], glossaries: [], abouts: [],
};

export interface Publication extends SitePages {
  /** The protocol's publication date (ISO), written into every PDF. */
  published: string;
  /** The public site's address, ending in '/' (canonical URLs, the sitemap). */
  siteUrl: string;
  /** The published names of the CSS, script and font files. */
  assets: AssetTable;
  /** The print pages, one per product (src/products/registry.ts), sector and language: printed by the build, not part of the site. */
  prints: PrintPageView[];
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
  /** The products to publish; default the Kindreflex's (src/products/registry.ts). */
  products?: readonly Product[];
  /** The publication's settings (the site's address, the training's pass mark); default the project's publication.config.json. */
  configFile?: string;
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
  configFile = join(import.meta.dirname, '..', '..', 'publication.config.json'),
  siteUrl = readSiteUrl(configFile),
  assets = unhashedAssets(join(import.meta.dirname, '..', '..', 'templates')),
  products = PRODUCTS,
}: PublicationInput = {}): Publication {
  const training = readTrainingSettings(configFile);
  const { locales, editions } = loadValidInputs(definition, localesDir, editionsDir);
  const definitionFile = definition === kindreflexPublication ? 'src/protocol/kindreflex.ts' : 'the --definition module';
  const languages = locales.map(({ lang, meta }) => ({ lang, meta }));
  let root: RootView | undefined;
  const publication: Omit<Publication, 'root' | 'published' | 'siteUrl' | 'assets'> = { homes: [], overviews: [], plans: [], flowcharts: [], steps: [], walks: [], trainings: [], contacts: [], glossaries: [], abouts: [], prints: [] };
  for (const locale of locales) {
    const perSector = sectorPlans(definition, locales, locale, editions);
    const first = perSector[0]!;
    const context: LanguageContext = {
      lang: locale.lang,
      meta: locale.meta,
      t: first.t,
      languages,
      sectors: perSector.map(({ plan, local }) => ({ ...plan.sector, ...(local.length > 0 ? { editions: local.map((l) => l.plan.sector) } : {}) })),
      edition: first.plan.edition,
      siteUrl,
      assets,
      training: { settings: training, textsFile: join(localesDir, locale.lang, 'ui.json'), definitionFile },
    };
    if (locale.lang === SOURCE_LANGUAGE) root = toRoot(context, first.t(introductionKey('six-steps')));
    publication.homes.push(toHome(context, perSector));
    for (const unit of perSector.flatMap((unit) => [unit, ...unit.local])) addSectorPages(publication, context, unit, products);
  }
  // Product by product, in the registry's order: the order they print in.
  const prints = products.flatMap((product) => publication.prints.filter((view) => view.product === product.id));
  // loadLocales guarantees the source language, so the root page exists.
  return { published: definition.protocol.published, siteUrl, assets, root: root!, ...publication, prints };
}

/** The locales and the editions, once the definition, the Dutch text and the editions are valid. */
function loadValidInputs(definition: PublicationDefinition, localesDir: string, editionsDir: string) {
  const { protocol, sectors } = definition;
  const locales: Locale[] = loadLocales(localesDir);
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const { editions, problems: editionProblems } = loadEditions(editionsDir, definition);
  const problems = [...validate({ protocol, sectors, source: source.resources, sourceDir: join(localesDir, SOURCE_LANGUAGE) }), ...editionProblems];
  if (problems.length > 0) throw new ValidationError(problems);
  return { locales, editions };
}

interface SectorPlan {
  sector: Sector;
  t: Translate;
  applied: Protocol;
  plan: PlanView;
}

/** Each sector's plan in one language, with its local editions' plans. */
function sectorPlans(definition: PublicationDefinition, locales: readonly Locale[], locale: Locale, editions: ReturnType<typeof loadEditions>['editions']) {
  const marker = fallbackMarker(locales, locale.lang);
  return definition.sectors.map((sector) => {
    const t = createTranslator(locales, locale.lang, sector);
    const applied = applySector(definition.protocol, sector);
    const plan = toPlanView({ protocol: applied, sector, lang: locale.lang, meta: locale.meta, t });
    // A local edition is its sector's plan, published at its own address with its own name and contact details.
    const local: SectorPlan[] = editions
      .filter((edition) => edition.sector === sector.id)
      .map((edition) => ({
        sector,
        t,
        applied,
        plan: toPlanView({ protocol: applied, sector, lang: locale.lang, meta: locale.meta, t, edition: toEditionView(edition, locale.lang, marker) }),
      }));
    return { sector, t, applied, plan, local };
  });
}

type LanguageContext = Parameters<typeof toLanguageHome>[0] & { t: Translate; meta: Locale['meta']; siteUrl: string; assets: AssetTable; training: TrainingContext };

/** A language's home page: its sectors, each with its method and its local editions. */
function toHome(context: LanguageContext, perSector: ReturnType<typeof sectorPlans>): LanguageHomeView {
  return toLanguageHome(
    context,
    perSector.map(({ plan, t, local }) => ({
      ...plan.sector,
      method: t(introductionKey('method')),
      ...(local.length > 0 ? { editions: local.map((l) => l.plan.sector) } : {}),
    })),
    context.t(introductionKey('six-steps')),
  );
}

/** One sector's (or local edition's) pages and print pages in one language, added to `publication`. */
function addSectorPages(publication: Omit<Publication, 'root' | 'published' | 'siteUrl' | 'assets'>, context: LanguageContext, unit: SectorPlan, products: readonly Product[]): void {
  const { sector, t, applied, plan } = unit;
  const pages = toSectorPages({ ...context, t, protocol: applied, sector, plan, products });
  publication.overviews.push(pages.overview);
  publication.plans.push(pages.plan);
  publication.flowcharts.push(pages.flowchart);
  publication.steps.push(...pages.steps);
  publication.walks.push(...pages.walk);
  publication.trainings.push(...pages.training);
  publication.contacts.push(pages.contacts);
  publication.glossaries.push(pages.glossary);
  publication.abouts.push(pages.about);
  publication.prints.push(
    ...toPrintProducts({
      protocol: applied,
      plan,
      t,
      lang: context.lang,
      sector: plan.sector.id,
      siteUrl: new URL(sitePaths.overview(context.lang, plan.sector.id), context.siteUrl).href,
      ...(context.meta.reviewed ? {} : { draftNotice: t('ui:draft.notice') }),
      printDiagramId: pages.flowchart.diagrams.print.id,
      diagramTitle: pages.flowchart.graph.title,
      assets: context.assets,
      products,
      training: context.training,
    }),
  );
}

/** The site path of every page of the site (print pages are not part of it). */
export function pagePaths(publication: Publication): string[] {
  return [
    publication.root.path,
    ...(Object.keys(NO_SITE_PAGES) as SitePageList[]).flatMap((list) => publication[list].map((view: { path: string }) => view.path)),
    ...publication.flowcharts.map((flowchart) => flowchart.presentationPath),
  ];
}

/** The chrome of every page of the site (the presentations' too): what the sitemap lists. */
export function pageChromes(publication: Publication): ChromeView[] {
  const { root, homes, overviews, plans, flowcharts, steps, walks, trainings, contacts, glossaries, abouts } = publication;
  return [
    root,
    ...homes, ...overviews, ...plans, ...flowcharts, ...steps, ...walks, ...trainings, ...contacts, ...glossaries, ...abouts,
  ].map((page) => page.chrome).concat(flowcharts.map((page) => page.presentation.chrome));
}

/** The print pages of one product. */
export function printsOf(publication: Publication, product: string): PrintPageView[] {
  return publication.prints.filter((view) => view.product === product);
}

/** The print pages of the products of one kind: the PDFs' pages, or the packages'. */
export function printsOfKind(publication: Publication, kind: Product['kind'], products: readonly Product[] = PRODUCTS): PrintPageView[] {
  const ids = new Set(products.filter((product) => product.kind === kind).map((product) => product.id));
  return publication.prints.filter((view) => ids.has(view.product));
}

/** What the site's Eleventy run is handed: the publication without its print pages. */
export function sitePart(publication: Publication): Publication {
  return { ...publication, prints: [] };
}

/** What a print run is handed: the publication with only the print pages `prints`, and no site pages. */
export function printRunPart(publication: Publication, prints: PrintPageView[]): Publication {
  return { ...publication, ...NO_SITE_PAGES, prints };
}

/** The training's settings in publication.config.json ("training": { "passMark": 80 }). */
function readTrainingSettings(file: string): TrainingSettings {
  return trainingSettings(parseJsonFile(file, readFileSync(file, 'utf8')) as { training?: unknown }, file);
}

/** The public site's address, from publication.config.json, or KINDREFLEX_SITE_URL. */
function readSiteUrl(file: string): string {
  const fromEnv = process.env['KINDREFLEX_SITE_URL'];
  if (fromEnv) return fromEnv.endsWith('/') ? fromEnv : `${fromEnv}/`;
  const { siteUrl } = parseJsonFile(file, readFileSync(file, 'utf8')) as { siteUrl?: unknown };
  if (typeof siteUrl !== 'string' || !URL.canParse(siteUrl)) {
    throw new Error(`${file}: "siteUrl" must be the full address of the public site, e.g. "https://www.kindreflex.be/stappenplan/".`);
  }
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}
