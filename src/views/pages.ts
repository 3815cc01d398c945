// (protocol, sector, language) → one view per page of the site. Pure: every
// text comes through `t`, every link is relative to the page it is on.
import type { Translate } from '../i18n/translator.ts';
import { edgesOf } from '../protocol/graph.ts';
import { glossaryDefinitionKey, glossaryTermKey, stepTitleKey } from '../protocol/keys.ts';
import type { ItemKind, Protocol, Source } from '../protocol/types.ts';
import type { Sector } from '../sectors/types.ts';
import { describe, sectionPath, toChrome, type ChromeContext, type ChromeView, type LinkView, type NavId } from './chrome.ts';
import { toFlowchartPage, type FlowchartPageView } from './flowchart-page.ts';
import { PAPER, pdfPath, type ProductId } from './print.ts';
import type { ContactView, PlanView } from './plan.ts';
import { assetHref, assetPath, href, sitePaths } from './urls.ts';

export interface SectorContext extends ChromeContext {
  protocol: Protocol;
  sector: Sector;
  plan: PlanView;
}

interface PageBase {
  chrome: ChromeView;
  path: string;
  title: string;
}

export interface StepLinkView {
  id: string;
  label: string;
  title: string;
  href: string;
  current: boolean;
}

export interface PhaseLinksView {
  phase: string;
  heading: string;
  steps: (StepLinkView & { responsibility: string })[];
}

export interface DownloadView {
  /** The PDF's site path. */
  pdf: string;
  href: string;
  /** The link text, with `{pages}` and `{size}` still to fill in once the PDF is printed. */
  labelTemplate: string;
  /** The link text; set by the build once the PDF exists. */
  label?: string;
}

export interface OverviewPageView extends PageBase {
  introduction: string[];
  phases: PhaseLinksView[];
  more: LinkView[];
  downloads: DownloadView[];
  headings: { steps: string; more: string; downloads: string };
}

export interface StepPageView extends PageBase {
  id: string;
  label: string;
  phaseHeading: string;
  responsibility: string;
  groups: { kind: ItemKind; heading: string; items: { id: string; text: string }[] }[];
  exits: { condition?: string; label: string; href: string }[];
  restsNote?: string;
  previous?: { label: string; href: string };
  next?: { label: string; href: string };
  map: PhaseLinksView[];
  headings: { checklist: string; decision: string; pagination: string; map: string; current: string };
}

export interface PlanPageView extends PageBase {
  plan: PlanView;
}

export interface WalkPageView extends PageBase {
  intro?: string;
  start?: { label: string; href: string };
  readStep?: { label: string; href: string };
  question?: string;
  options: { label: string; href: string }[];
  then?: { label: string; href: string };
  end?: string;
  restart?: { label: string; href: string };
}

export interface ContactsPageView extends PageBase {
  contacts: (ContactView & { uses: { step: string; href: string; text: string }[] })[];
  whenHeading: string;
}

export interface GlossaryPageView extends PageBase {
  entries: { id: string; term: string; definition: string }[];
}

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
}

/** The flowchart page and the presentation: the flowchart issue's view, with the site's chrome. */
export type SiteFlowchartPageView = FlowchartPageView & {
  chrome: ChromeView;
  presentation: { chrome: ChromeView; script: string };
};

export interface SectorPages {
  overview: OverviewPageView;
  plan: PlanPageView;
  flowchart: SiteFlowchartPageView;
  steps: StepPageView[];
  walk: WalkPageView[];
  contacts: ContactsPageView;
  glossary: GlossaryPageView;
  about: AboutPageView;
}

/** Items of a step are grouped by kind in this order on its page; within a kind, the source's order. */
const KIND_ORDER: readonly ItemKind[] = ['do', 'consult', 'contact', 'record', 'caution'];

/** The PDFs a sector offers for download, named as the print views name them. */
function toPrintDownloads({ lang, sector, t, plan }: SectorContext) {
  return (Object.keys(PAPER) as ProductId[]).map((product) => ({
    pdf: pdfPath(lang, sector.id, product),
    title: t(`ui:print.${product}-title`, { sector: plan.sector.name }),
    format: PAPER[product].format,
  }));
}

export function toSectorPages(context: SectorContext): SectorPages {
  const { lang, t, protocol, sector, plan } = context;
  const s = sector.id;
  const steps = plan.phases.flatMap((p) => p.steps);
  const stepById = new Map(steps.map((step) => [step.id, step]));
  const chrome = (path: string, title: string, description: string, pathFor: (lang: string, sector: string) => string, nav?: NavId, styles?: string[]) =>
    toChrome(context, { path, title, description, sector: s, pathFor: (l, x) => pathFor(l, x ?? s), ...(nav ? { nav } : {}), ...(styles ? { styles } : {}) });

  const phaseLinks = (from: string, current?: string): PhaseLinksView[] =>
    plan.phases.map((phase) => ({
      phase: phase.phase,
      heading: phase.heading,
      steps: phase.steps.map((step) => ({
        id: step.id,
        label: step.label,
        title: step.title,
        href: href(from, sitePaths.step(lang, s, step.id)),
        current: step.id === current,
        responsibility: step.responsibility,
      })),
    }));

  /** Path, title and chrome of a section page (one the navigation lists). */
  // A section page is described by the plan's title (it names the sector:
  // some sections read the same in both) and then its own texts.
  const section = (id: NavId, title: string, texts: readonly string[]) => {
    const path = sectionPath[id](lang, s);
    return { chrome: chrome(path, title, describe([plan.title, ...texts]), sectionPath[id], id), path, title };
  };

  const overviewPath = sectionPath.overview(lang, s);
  const overview: OverviewPageView = {
    ...section('overview', plan.title, plan.introduction),
    introduction: plan.introduction,
    phases: phaseLinks(overviewPath),
    more: (['plan', 'walk', 'flowchart', 'contacts', 'glossary'] as const).map((id) => ({
      label: t(`ui:nav.${id}`),
      href: href(overviewPath, sectionPath[id](lang, s)),
      current: false,
    })),
    downloads: toPrintDownloads(context).map(({ pdf, title, format }) => ({
      pdf,
      href: assetHref(overviewPath, pdf),
      labelTemplate: t('ui:print.download-label', { title, format, pages: '{pages}', size: '{size}' }),
    })),
    headings: { steps: t('ui:overview.steps'), more: t('ui:overview.more'), downloads: t('ui:print.downloads') },
  };

  const stepPages: StepPageView[] = steps.map((step, index) => {
    const path = sitePaths.step(lang, s, step.id);
    const neighbour = (other: (typeof steps)[number] | undefined, key: 'ui:step.previous' | 'ui:step.next') =>
      other && { label: t(key, { number: other.number, title: other.title }), href: href(path, sitePaths.step(lang, s, other.id)) };
    const previous = neighbour(steps[index - 1], 'ui:step.previous');
    const next = neighbour(steps[index + 1], 'ui:step.next');
    return {
      chrome: chrome(path, `${step.label}: ${step.title}`, describe([`${step.label}: ${step.title}`, ...step.items.map((item) => item.text)]), (l, x) => sitePaths.step(l, x, step.id)),
      path,
      id: step.id,
      title: step.title,
      label: step.label,
      phaseHeading: plan.phases.find((p) => p.phase === step.phase)!.heading,
      responsibility: step.responsibility,
      groups: KIND_ORDER.map((kind) => ({
        kind,
        heading: t(`ui:kind-group.${kind}`),
        items: step.items.filter((item) => item.kind === kind).map(({ id, text }) => ({ id, text })),
      })).filter((group) => group.items.length > 0),
      exits: step.exits.map((exit) => ({
        ...(exit.condition === undefined ? {} : { condition: exit.condition }),
        label: exit.label,
        href: href(path, sitePaths.step(lang, s, exit.to)),
      })),
      ...(step.exits.length === 0 ? { restsNote: t('ui:step.rests') } : {}),
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
      map: phaseLinks(path, step.id),
      headings: {
        checklist: t('ui:step.checklist'),
        decision: t('ui:step.decision'),
        pagination: t('ui:step.pagination'),
        map: t('ui:step.map'),
        current: t('ui:step.current'),
      },
    };
  });

  const planPage: PlanPageView = { ...section(
      'plan',
      t('ui:plan.full-title', { sector: plan.sector.name }),
      steps.map((step) => `${step.label}: ${step.title}`),
    ), plan };

  const flowchartPage = toFlowchartPage({ protocol, sector, lang, meta: context.meta, t, steps });
  const flowchart: SiteFlowchartPageView = {
    ...flowchartPage,
    chrome: chrome(flowchartPage.path, flowchartPage.title, describe([flowchartPage.title, flowchartPage.graph.description]), sitePaths.flowchart, 'flowchart', ['css/flowchart.css']),
    presentation: {
      chrome: chrome(
        flowchartPage.presentationPath,
        flowchartPage.presentationTitle,
        describe([flowchartPage.presentationTitle, plan.title, flowchartPage.graph.description]),
        sitePaths.presentation,
        undefined,
        [
        'css/flowchart.css',
        'css/presentation.css',
      ]),
      script: assetHref(flowchartPage.presentationPath, assetPath(context.assets, 'js/presentation.js')),
    },
  };

  const walkTitle = t('ui:walk.title');
  const walkStart = sitePaths.walk(lang, s);
  const restart = (from: string) => ({ label: t('ui:walk.restart'), href: href(from, walkStart) });
  const walk: WalkPageView[] = [
    {
      chrome: chrome(walkStart, walkTitle, describe([plan.title, t('ui:walk.intro')]), (l, x) => sitePaths.walk(l, x), 'walk'),
      path: walkStart,
      title: walkTitle,
      intro: t('ui:walk.intro'),
      start: { label: t('ui:walk.start'), href: href(walkStart, sitePaths.walk(lang, s, protocol.start)) },
      options: [],
    },
    ...protocol.steps.map((modelStep): WalkPageView => {
      const step = stepById.get(modelStep.id)!;
      const path = sitePaths.walk(lang, s, step.id);
      const title = t('ui:walk.applies', { number: step.number });
      const edges = edgesOf(modelStep);
      const toWalk = (to: string) => href(path, sitePaths.walk(lang, s, to));
      const onlyNext = edges.length === 1 && edges[0]!.branch === undefined ? edges[0] : undefined;
      return {
        chrome: chrome(path, `${title} – ${walkTitle}`, describe([title, `${step.label}: ${step.title}`, ...step.items.map((item) => item.text)]), (l, x) => sitePaths.walk(l, x, step.id), 'walk'),
        path,
        title,
        readStep: { label: t('ui:walk.read-step', { number: step.number, title: step.title }), href: href(path, sitePaths.step(lang, s, step.id)) },
        ...(modelStep.decision ? { question: t('ui:walk.question') } : {}),
        options: modelStep.decision ? step.exits.map((exit) => ({ label: exit.condition!, href: toWalk(exit.to) })) : [],
        ...(onlyNext
          ? { then: { label: t('ui:walk.then', { number: stepById.get(onlyNext.to)!.number, title: t(stepTitleKey(onlyNext.to)) }), href: toWalk(onlyNext.to) } }
          : {}),
        ...(edges.length === 0 ? { end: t('ui:walk.end') } : {}),
        restart: restart(path),
      };
    }),
  ];

  const contactsPage = section('contacts', t('ui:contacts.heading'), plan.contacts.map((c) => [c.heading, ...c.facts].join(': ')));
  const contactsPath = contactsPage.path;
  const contacts: ContactsPageView = {
    ...contactsPage,
    whenHeading: t('ui:contacts.when'),
    contacts: plan.contacts.map((contact) => ({
      ...contact,
      uses: protocol.steps.flatMap((modelStep) => {
        const step = stepById.get(modelStep.id)!;
        return modelStep.items
          .filter((item) => item.contacts?.includes(contact.id))
          .map((item) => ({
            step: step.label,
            href: href(contactsPath, sitePaths.step(lang, s, step.id)),
            text: step.items.find((i) => i.id === item.id)!.text,
          }));
      }),
    })),
  };

  const glossaryEntries = [
      ...protocol.glossary.map((entry) => ({ id: entry.id, term: t(glossaryTermKey(entry.id)), definition: t(glossaryDefinitionKey(entry.id)) })),
      ...plan.contacts
        .filter((c) => c.abbreviation.toLocaleLowerCase(lang) !== c.name.toLocaleLowerCase(lang))
        .map((c) => ({ id: `contact-${c.id}`, term: c.abbreviation, definition: [c.name, ...c.facts, c.inSteps].join('. ') + '.' })),
  ].sort((a, b) => a.term.localeCompare(b.term, lang));
  const glossary: GlossaryPageView = {
    ...section('glossary', t('ui:glossary.heading'), [glossaryEntries.map((entry) => entry.term).join(', ')]),
    entries: glossaryEntries,
  };

  const usedSources = new Set([protocol.source, sector.source]);
  const about: AboutPageView = {
    ...section('about', t('ui:about.heading'), [plan.credit, plan.edition]),
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
    languageStatus: context.meta.source
      ? t('ui:about.language-source')
      : context.meta.reviewed
        ? t('ui:about.language-reviewed', { by: context.meta.reviewedBy ?? '' })
        : t('ui:about.language-draft'),
  };

  return { overview, plan: planPage, flowchart, steps: stepPages, walk, contacts, glossary, about };
}

export interface LanguageHomeView extends PageBase {
  intro: string;
  chooseSector: string;
  sectors: { id: string; name: string; text: string; link: { label: string; href: string } }[];
}

/** The home page of one language: what the Kindreflex is, and a choice of sector. */
export function toLanguageHome(
  context: ChromeContext,
  sectors: readonly { id: string; name: string; method: string }[],
  intro: string,
): LanguageHomeView {
  const { lang, t } = context;
  const path = sitePaths.languageHome(lang);
  const title = t('ui:site.home-title');
  return {
    chrome: toChrome(context, { path, title, description: describe([intro, ...sectors.map((sector) => sector.method)]), pathFor: (l) => sitePaths.languageHome(l) }),
    path,
    title,
    intro,
    chooseSector: t('ui:site.choose-sector'),
    sectors: sectors.map((sector) => ({
      id: sector.id,
      name: sector.name,
      text: sector.method,
      link: { label: t('ui:site.to-sector', { sector: sector.name }), href: href(path, sitePaths.overview(lang, sector.id)) },
    })),
  };
}

export interface RootView extends PageBase {
  chooseLanguage: string;
  languages: { lang: string; name: string; href: string }[];
}

/** The site's front door, in the source language: one link per language; `intro` says what the plan is. */
export function toRoot(context: ChromeContext, intro: string): RootView {
  const title = context.t('ui:site.home-title');
  return {
    chrome: toChrome(context, { path: '', title, description: describe([intro]), pathFor: (l) => sitePaths.languageHome(l) }),
    path: '',
    title,
    chooseLanguage: context.t('ui:site.choose-language'),
    languages: context.languages.map((l) => ({ lang: l.lang, name: l.meta.name, href: href('', sitePaths.languageHome(l.lang)) })),
  };
}

