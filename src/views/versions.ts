// The change history of one sector or local edition (<lang>/<id>/versions/)
// and a page per release (<lang>/<id>/versions/<version>/), the page a printed
// product's QR code opens: "You hold version 1.0 of …", then whether it is
// current or what changed since, for this sector, and which products stay
// current. The changes are computed from the releases (src/releases/diff.ts).
import { diffUnits, outOfDate, type Change } from '../releases/diff.ts';
import { compareVersions, type ReleaseSnapshot, type UnitSnapshot } from '../releases/snapshot.ts';
import type { UiKey } from '../i18n/keys.ts';
import { describe } from './chrome.ts';
import { sectorPageTools, type PageBase, type SectorContext } from './sector-page.ts';
import { href, sitePaths } from './urls.ts';

export interface VersionsContext extends SectorContext {
  /** Every release, oldest first. */
  releases: readonly ReleaseSnapshot[];
  /** A release's note in this language (the Dutch one, marked, when it has none), if it has one. */
  note: (version: string) => string | undefined;
}

export interface ChangeView {
  /** "Stap 4: actie herschreven." */
  summary: string;
  /** The old and new words, each led by its label ("Was:", "Nu:"). */
  before?: { label: string; text: string };
  after?: { label: string; text: string };
  /** Said of a change no product prints: "Staat niet op de kaart of een andere download." */
  offProducts?: string;
}

export interface ReleaseEntryView {
  heading: string;
  href: string;
  note?: string;
  changes: ChangeView[];
  /** When no change of this release is in this sector (or it is the first): said instead. */
  empty?: string;
}

export interface VersionPageView extends PageBase {
  /** The history, or one release's page. */
  kind: 'history' | 'version';
  /** "Je hebt versie 1.0 van 29 november 2026." */
  youHold?: string;
  /** This page's release is the latest (always true of the history). */
  current: boolean;
  /** "Dit is de huidige versie." or "Sindsdien: versie 1.1 van …" */
  status?: string;
  changesHeading?: string;
  changes: ChangeView[];
  /** Which products are out of date, and which stay current. */
  products: { heading: string; names: string[] }[];
  links: { label: string; href: string }[];
  /** The history: every release of this sector, newest first. */
  entries: ReleaseEntryView[];
}

/** The history page and a page per release of one sector or edition; none before the first release. */
export function toVersionPages(context: VersionsContext): VersionPageView[] {
  const { lang, plan, releases } = context;
  const id = plan.sector.id;
  const own = releases.flatMap((release) => {
    const unit = release.units.find((u) => u.id === id);
    return unit ? [{ release, unit }] : [];
  });
  if (own.length === 0) return [];
  const words = versionWords(context);
  const history = sitePaths.versions(lang, id);
  const { chrome } = sectorPageTools(context);
  const pathFor = (version?: string) => (l: string, x: string) => (x === id ? sitePaths.versions(l, x, version) : sitePaths.overview(l, x));
  const historyTitle = context.t('ui:versions.history-title');
  const entries = [...own].reverse().map(({ release, unit }, i, newestFirst): ReleaseEntryView => {
    const previous = newestFirst[i + 1];
    const changes = previous ? diffUnits(previous.unit, unit, lang, context.products).map(words.change) : [];
    const note = context.note(release.version);
    return {
      heading: words.versionOf(release),
      href: href(history, sitePaths.versions(lang, id, release.version)),
      ...(note === undefined ? {} : { note }),
      changes,
      ...(changes.length > 0 ? {} : { empty: context.t(previous ? 'ui:versions.no-changes' : 'ui:versions.first', { sector: plan.sector.name }) }),
    };
  });
  const historyPage: VersionPageView = {
    kind: 'history',
    chrome: chrome(history, historyTitle, describe([plan.title, context.t('ui:versions.history-intro')]), pathFor(), 'about'),
    path: history,
    title: historyTitle,
    current: true,
    changes: [],
    products: [],
    links: [],
    entries,
  };
  const latest = own.at(-1)!;
  return [historyPage, ...own.map(({ release, unit }) => versionPage(context, words, { release, unit, latest, chrome, pathFor: pathFor(release.version) }))];
}

interface VersionPageInput {
  release: ReleaseSnapshot;
  unit: UnitSnapshot;
  latest: { release: ReleaseSnapshot; unit: UnitSnapshot };
  chrome: ReturnType<typeof sectorPageTools>['chrome'];
  pathFor: (l: string, x: string) => string;
}

function versionPage(context: VersionsContext, words: VersionWords, { release, unit, latest, chrome, pathFor }: VersionPageInput): VersionPageView {
  const { lang, t, plan, products } = context;
  const path = sitePaths.versions(lang, plan.sector.id, release.version);
  const title = t('ui:versions.version-title', { version: release.version });
  const current = compareVersions(release.version, latest.release.version) === 0;
  const changes = current ? [] : diffUnits(unit, latest.unit, lang, products);
  const stale = new Set(outOfDate(changes, products));
  const name = (id: string) => words.productName(id);
  const youHold = t('ui:versions.you-hold', { version: release.version, date: words.date(release.published) });
  const status = current ? t('ui:versions.current') : t('ui:versions.since', { version: latest.release.version, date: words.date(latest.release.published) });
  const groups = current
    ? []
    : [
        { heading: t('ui:versions.out-of-date'), names: products.filter((p) => stale.has(p.id)).map((p) => name(p.id)) },
        { heading: t('ui:versions.still-current'), names: products.filter((p) => !stale.has(p.id)).map((p) => name(p.id)) },
      ].filter((group) => group.names.length > 0);
  return {
    kind: 'version',
    chrome: chrome(path, title, describe([plan.title, youHold, status]), pathFor, 'about'),
    path,
    title,
    youHold,
    current,
    status,
    ...(current ? {} : { changesHeading: t(changes.length > 0 ? 'ui:versions.changed' : 'ui:versions.unchanged', { sector: plan.sector.name }) }),
    changes: changes.map(words.change),
    products: groups,
    links: [
      { label: t('ui:versions.read-current'), href: href(path, sitePaths.overview(lang, plan.sector.id)) },
      { label: t('ui:versions.history-link'), href: href(path, sitePaths.versions(lang, plan.sector.id)) },
    ],
    entries: [],
  };
}

interface VersionWords {
  date: (iso: string) => string;
  versionOf: (release: ReleaseSnapshot) => string;
  productName: (id: string) => string;
  change: (change: Change) => ChangeView;
}

function versionWords({ t, lang, meta, plan, products }: VersionsContext): VersionWords {
  const date = (iso: string) => new Intl.DateTimeFormat(meta.intlLocale ?? lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  const quoted = (which: 'before' | 'after', text: string | undefined) => (text === undefined ? {} : { [which]: { label: t(which === 'before' ? 'ui:versions.before' : 'ui:versions.after'), text } });
  return {
    date,
    versionOf: (release) => t('ui:versions.version-of', { version: release.version, date: date(release.published) }),
    productName: (id) => t(products.find((p) => p.id === id)!.titleKey, { sector: plan.sector.name }),
    change: (change) => ({
      summary: changeSummary(change, t),
      // A branch sent elsewhere keeps its words: they say which choice it is.
      ...(change.kind === 'redirected'
        ? { after: { label: t('ui:versions.choice'), text: change.after ?? '' } }
        : { ...quoted('before', change.before), ...quoted('after', change.after) }),
      ...(change.products.length === 0 ? { offProducts: t('ui:versions.off-products') } : {}),
    }),
  };
}

const CHANGE_KEYS = {
  'name-changed': 'ui:versions.change.name-changed',
  'step-added': 'ui:versions.change.step-added',
  'step-removed': 'ui:versions.change.step-removed',
  'step-reworded': 'ui:versions.change.step-reworded',
  'item-added': 'ui:versions.change.item-added',
  'item-removed': 'ui:versions.change.item-removed',
  'item-reworded': 'ui:versions.change.item-reworded',
  'branch-added': 'ui:versions.change.branch-added',
  'branch-removed': 'ui:versions.change.branch-removed',
  'branch-reworded': 'ui:versions.change.branch-reworded',
  'branch-redirected': 'ui:versions.change.branch-redirected',
  'contact-added': 'ui:versions.change.contact-added',
  'contact-removed': 'ui:versions.change.contact-removed',
  'contact-changed': 'ui:versions.change.contact-changed',
  'glossary-added': 'ui:versions.change.glossary-added',
  'glossary-removed': 'ui:versions.change.glossary-removed',
  'glossary-reworded': 'ui:versions.change.glossary-reworded',
} as const satisfies Partial<Record<`${Change['subject']}-${Change['kind']}`, UiKey>>;

const FIELD_KEYS = {
  name: 'ui:versions.field.name',
  person: 'ui:versions.field.person',
  phone: 'ui:versions.field.phone',
  email: 'ui:versions.field.email',
  url: 'ui:versions.field.url',
  hours: 'ui:versions.field.hours',
  term: 'ui:versions.field.term',
  definition: 'ui:versions.field.definition',
} as const satisfies Record<string, UiKey>;

/** One line for a change: "Stap 4: actie anders verwoord.", "Stap 4: deze keuze leidt nu naar stap 6 (was stap 5)." */
function changeSummary(change: Change, t: VersionsContext['t']): string {
  const key = (CHANGE_KEYS as Partial<Record<string, UiKey>>)[`${change.subject}-${change.kind}`] ?? 'ui:versions.change.name-changed';
  const field = change.field === undefined ? '' : t((FIELD_KEYS as Record<string, UiKey>)[change.field] ?? 'ui:versions.field.name');
  return t(key, {
    step: change.step?.number ?? 0,
    from: change.redirect?.from ?? 0,
    to: change.redirect?.to ?? 0,
    contact: change.name ?? change.id,
    term: change.name ?? change.id,
    field,
  });
}

/** The about page's link to the history, when there is a release. */
export function historyLink({ t }: Pick<VersionsContext, 't'>, from: string, pages: readonly VersionPageView[]): { label: string; href: string } | undefined {
  const history = pages.find((page) => page.kind === 'history');
  return history ? { label: t('ui:versions.history-link'), href: href(from, history.path) } : undefined;
}
