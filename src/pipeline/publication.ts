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
import { markFallback } from '../i18n/fallback-marks.ts';
import type { ReleaseFile } from '../releases/snapshot.ts';
import { historyLink, toVersionPages, type VersionPageView, type VersionsContext } from '../views/versions.ts';
import { loadReleases, toReleaseSnapshot, type ReleaseNotes, type UnitInLanguage } from './releases.ts';
import { nextVersion } from '../releases/snapshot.ts';

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
  /** Per sector and edition: the change history and a page per release (none before the first release). */
  versions: VersionPageView[];
}

type SitePageList = { [K in keyof SitePages]: SitePages[K] extends readonly unknown[] ? K : never }[keyof SitePages];

/** No site pages, as a print run has them: a new list of pages does not type-check until it is named here. */
const NO_SITE_PAGES: { [K in SitePageList]: [] } = {
  homes: [], overviews: [], plans: [], flowcharts: [], steps: [], walks: [], trainings: [], contacts: [], glossaries: [], abouts: [], versions: [],
};

export interface Publication extends SitePages {
  /** The protocol's publication date (ISO), written into every PDF: the latest release's. */
  published: string;
  /** The protocol's version: the latest release's. */
  version: string;
  /** Said once by the build when there is no release yet: how to make the first. */
  releaseHint?: string;
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
  /** The releases' folder (releases/<version>.json); default the definition's, else `releases/` in the working folder. */
  releasesDir?: string;
  /** The publication's settings (the site's address, the training's pass mark); default the project's publication.config.json. */
  configFile?: string;
}

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly problems: readonly Problem[]) {
    super(`The protocol definition, its sectors, the Dutch text or a local edition is not valid.\n${formatProblems(problems)}`);
  }
}

export function preparePublication(input: PublicationInput = {}): Publication {
  const { definition, siteUrl, assets, products, locales, editions, releases, notes, protocol, training, localesDir } = preparedInputs(input);
  const definitionFile = definition === kindreflexPublication ? 'src/protocol/kindreflex.ts' : 'the --definition module';
  const languages = locales.map(({ lang, meta }) => ({ lang, meta }));
  let root: RootView | undefined;
  const units: UnitInLanguage[] = [];
  const publication: PublicationLists = { homes: [], overviews: [], plans: [], flowcharts: [], steps: [], walks: [], trainings: [], contacts: [], glossaries: [], abouts: [], versions: [], prints: [] };
  for (const locale of locales) {
    const perSector = sectorPlans({ ...definition, protocol }, locales, locale, editions);
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
      releases: releases.map((r) => r.release),
      note: noteIn(notes, locale, locales),
      training: { settings: training, textsFile: join(localesDir, locale.lang, 'ui.json'), definitionFile },
    };
    if (locale.lang === SOURCE_LANGUAGE) root = toRoot(context, first.t(introductionKey('six-steps')));
    units.push(...unitsIn(locale.lang, perSector));
    publication.homes.push(toHome(context, perSector));
    for (const unit of perSector.flatMap((unit) => [unit, ...unit.local])) addSectorPages(publication, context, unit, products);
  }
  // Product by product, in the registry's order: the order they print in.
  const prints = products.flatMap((product) => publication.prints.filter((view) => view.product === product.id));
  const hint = releaseHint(releases.at(-1), protocol, units);
  // loadLocales guarantees the source language, so the root page exists; validation, the version and the date.
  return { published: protocol.published!, version: protocol.version!, ...hint, siteUrl, assets, root: root!, ...publication, prints };
}

type PublicationLists = Omit<Publication, 'root' | 'published' | 'version' | 'releaseHint' | 'siteUrl' | 'assets'>;

/** Every input of a publication, read and valid; the protocol with the latest release's version and date. */
function preparedInputs({
  definition = kindreflexPublication,
  localesDir = definition.localesDir ?? join(process.cwd(), 'locales'),
  editionsDir = definition.editionsDir ?? join(process.cwd(), 'editions'),
  releasesDir = definition.releasesDir ?? join(process.cwd(), 'releases'),
  configFile = join(import.meta.dirname, '..', '..', 'publication.config.json'),
  siteUrl = readSiteUrl(configFile),
  assets = unhashedAssets(join(import.meta.dirname, '..', '..', 'templates')),
  products = PRODUCTS,
}: PublicationInput, pending?: Release) {
  const training = readTrainingSettings(configFile);
  const loaded = loadReleases(releasesDir, definition.protocol.id, localesDir);
  const { protocol, problems } = releasedProtocol(definition.protocol, loaded.releases.at(-1), pending);
  const { locales, editions } = loadValidInputs({ ...definition, protocol }, localesDir, editionsDir, [...loaded.problems, ...problems]);
  return { definition, siteUrl, assets, products, locales, editions, protocol, releases: loaded.releases, notes: loaded.notes, training, localesDir };
}

type Release = Pick<ReleaseFile['release'], 'version' | 'published'>;

/**
 * The protocol with the version and date of the latest release (or of the
 * release being made, `pending`): one place for them, not two to keep in step.
 */
function releasedProtocol(protocol: Protocol, latest: ReleaseFile | undefined, pending?: Release): { protocol: Protocol; problems: Problem[] } {
  const release = pending ?? latest?.release;
  if (release) {
    const { version, published } = release;
    if (protocol.version !== undefined || protocol.published !== undefined) {
      return { protocol, problems: [{ path: 'version', message: `the definition gives a version and date, and so do the releases (releases/)`, hint: 'remove `version` and `published` from the definition: the latest release sets them' }] };
    }
    return { protocol: { ...protocol, version, published }, problems: [] };
  }
  if (protocol.version === undefined || protocol.published === undefined) {
    return { protocol, problems: [{ path: 'version', message: 'there is no release, and the definition gives no version and date', hint: 'make the first release: npm run release -- 1.0 (docs/releases.md)' }] };
  }
  return { protocol, problems: [] };
}

/** Each release's note in this language, or the Dutch one marked as untranslated. */
function noteIn(notes: ReleaseNotes, locale: Locale, locales: readonly Locale[]): (version: string) => string | undefined {
  const own = notes.get(locale.lang) ?? {};
  const dutch = notes.get(SOURCE_LANGUAGE) ?? {};
  const marker = locale.lang === SOURCE_LANGUAGE ? '' : fallbackMarker(locales, locale.lang);
  return (version) => own[version] ?? (dutch[version] === undefined ? undefined : markFallback(marker, dutch[version]));
}

/** The locales and the editions, once the definition, the Dutch text and the editions are valid. */
function loadValidInputs(definition: PublicationDefinition, localesDir: string, editionsDir: string, releaseProblems: readonly Problem[]) {
  const { protocol, sectors } = definition;
  const locales: Locale[] = loadLocales(localesDir);
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const { editions, problems: editionProblems } = loadEditions(editionsDir, definition);
  const problems = [...releaseProblems, ...validate({ protocol, sectors, source: source.resources, sourceDir: join(localesDir, SOURCE_LANGUAGE) }), ...editionProblems];
  if (problems.length > 0) throw new ValidationError(problems);
  return { locales, editions };
}

/**
 * Every sector and edition in every language, as the build prepares them, for
 * a release's snapshot; with the releases there are (oldest first).
 */
export function publicationUnits(input: PublicationInput, pending: Release): { publication: string; units: UnitInLanguage[]; releases: ReleaseFile[] } {
  const { definition, locales, editions, protocol, releases } = preparedInputs(input, pending);
  const units = locales.flatMap((locale) => unitsIn(locale.lang, sectorPlans({ ...definition, protocol }, locales, locale, editions)));
  return { publication: protocol.id, units, releases };
}

/** Each sector and edition of one language, as a release's snapshot takes them. */
function unitsIn(lang: string, perSector: ReturnType<typeof sectorPlans>): UnitInLanguage[] {
  return perSector.flatMap(({ sector, t, applied, plan, local }) => [
    { lang, sector: sector.id, edition: false, applied, plan, t },
    ...local.map((l) => ({ lang, sector: sector.id, edition: true, applied: l.applied, plan: l.plan, t: l.t })),
  ]);
}

/**
 * What the build says once about the releases, if anything: that there is
 * none yet, or that the content is no longer the latest release's (the
 * version pages and QR codes would call changed content that release).
 */
function releaseHint(latest: ReleaseFile | undefined, protocol: Protocol, units: readonly UnitInLanguage[]): { releaseHint?: string } {
  if (!latest) return { releaseHint: `no release yet: the version and date come from the definition. Make the first release with \`npm run release -- ${protocol.version ?? '1.0'}\` (docs/releases.md).` };
  const { version, published } = latest.release;
  const now = toReleaseSnapshot(protocol.id, version, published, units);
  if (JSON.stringify(now.units) === JSON.stringify(latest.release.units)) return {};
  return { releaseHint: `the content has changed since release ${version} (${latest.file}), but every output still says ${version}: when the change is signed off, make a release, \`npm run release -- ${nextVersion(version)}\` (docs/releases.md).` };
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

type LanguageContext = Parameters<typeof toLanguageHome>[0] & { t: Translate; meta: Locale['meta']; siteUrl: string; assets: AssetTable; training: TrainingContext } & Pick<VersionsContext, 'releases' | 'note'>;

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
function addSectorPages(publication: PublicationLists, context: LanguageContext, unit: SectorPlan, products: readonly Product[]): void {
  const { sector, t, applied, plan } = unit;
  const sectorContext = { ...context, t, protocol: applied, sector, plan, products };
  const pages = toSectorPages(sectorContext);
  const versions = toVersionPages(sectorContext);
  const history = historyLink(sectorContext, pages.about.path, versions);
  publication.overviews.push(pages.overview);
  publication.plans.push(pages.plan);
  publication.flowcharts.push(pages.flowchart);
  publication.steps.push(...pages.steps);
  publication.walks.push(...pages.walk);
  publication.trainings.push(...pages.training);
  publication.contacts.push(pages.contacts);
  publication.glossaries.push(pages.glossary);
  publication.abouts.push(history ? { ...pages.about, history } : pages.about);
  publication.versions.push(...versions);
  // A printed product's QR code opens the page of the release it is printed from; before the first release, the overview.
  const released = versions.filter((page) => page.kind === 'version').at(-1);
  publication.prints.push(
    ...toPrintProducts({
      protocol: applied,
      plan,
      t,
      lang: context.lang,
      sector: plan.sector.id,
      siteUrl: new URL(sitePaths.overview(context.lang, plan.sector.id), context.siteUrl).href,
      ...(released ? { qrUrl: new URL(released.path, context.siteUrl).href } : {}),
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
  const { root, homes, overviews, plans, flowcharts, steps, walks, trainings, contacts, glossaries, abouts, versions } = publication;
  return [
    root,
    ...homes, ...overviews, ...plans, ...flowcharts, ...steps, ...walks, ...trainings, ...contacts, ...glossaries, ...abouts, ...versions,
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
