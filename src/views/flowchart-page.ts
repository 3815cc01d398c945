// (protocol, sector, language) → what the flowchart page and the trainers'
// presentation print: the graph, its Mermaid source per theme, the steps with
// their checklists, and the labels. The SVGs the browser renders from the
// sources reach the templates as data of their own (src/views/rendered.ts).
import type { Translate } from '../i18n/translator.ts';
import type { LocaleMeta } from '../i18n/load-locales.ts';
import { sectorNameKey } from '../protocol/keys.ts';
import type { Protocol, Sector } from '../protocol/types.ts';
import { toFlowchartGraph, type FlowchartGraph } from './flowchart.ts';
import { flowchartThemes, type FlowchartThemeName } from './flowchart-themes.ts';
import { mermaidConfig, toMermaid } from './mermaid.ts';
import type { StepView } from './plan.ts';
import { describe, type ChromeView } from './chrome.ts';
import { sectorPageTools, type SectorContext } from './sector-page.ts';
import { assetHref, assetPath, href, sitePaths } from './urls.ts';

export const THEME_NAMES = ['screen', 'print', 'projector'] as const satisfies readonly FlowchartThemeName[];

export interface DiagramSource {
  /** Unique in the build: the SVG's id and the seed of its deterministic ids. */
  id: string;
  theme: FlowchartThemeName;
  source: string;
  config: ReturnType<typeof mermaidConfig>;
  /** The standalone SVG file, relative to the flowchart page's folder. */
  file: string;
  /** The diagram whose layout this one shares (its theme's `layoutOf`): the build restyles that drawing. */
  layoutOf?: { id: string; source: string; config: ReturnType<typeof mermaidConfig> };
}

export interface FlowchartPageView {
  lang: string;
  dir: 'ltr' | 'rtl';
  sector: { id: string; name: string };
  /** Site paths, relative to the site root. */
  path: string;
  presentationPath: string;
  /** Relative links from the flowchart page and from the presentation. */
  links: { presentation: string; overviewFromFlowchart: string; flowchartFromPresentation: string; overviewFromPresentation: string };
  title: string;
  presentationTitle: string;
  graph: FlowchartGraph;
  /** The plan's steps (with checklists), in the model's order. */
  steps: StepView[];
  diagrams: Record<FlowchartThemeName, DiagramSource>;
  labels: Record<
    | 'skipToContent' | 'legendHeading' | 'textAlternative' | 'noExit' | 'versions' | 'print' | 'projector'
    | 'presentation' | 'backToPlan' | 'open' | 'checklist' | 'decision' | 'overview' | 'allSteps',
    string
  >;
  /** The presentation's own texts: its key list, the follow-on mark, the black-screen announcement. */
  slides: SlideLabels;
  legend: { kind: string; text: string }[];
  /** "Stap 2 van 6", per step id, for the presentation. */
  positions: Record<string, string>;
}

export interface SlideLabels {
  keysHeading: string;
  /** What each key does and the keys, short, for the first slide. */
  keys: { keys: string; does: string }[];
  /** "({part}/{parts})": the script fills in the numbers of a follow-on slide. */
  part: string;
  blackScreen: string;
}

export interface FlowchartPageInput {
  protocol: Protocol;
  sector: Sector;
  lang: string;
  meta: LocaleMeta;
  t: Translate;
  /** The plan's steps, as the plan page shows them. */
  steps: StepView[];
  /** Where the page is published and its name, if not the sector's own: a local edition, which shares its sector's diagrams. */
  site?: { id: string; name: string };
}

export function toFlowchartPage({ protocol, sector, lang, meta, t, steps, site }: FlowchartPageInput): FlowchartPageView {
  const graph = toFlowchartGraph(protocol, sector, t, steps);
  const sectorName = site?.name ?? t(sectorNameKey(sector.id));
  const at = site?.id ?? sector.id;
  const drawing = (theme: FlowchartThemeName) => ({
    id: `${protocol.id}-${lang}-${sector.id}-${theme}`,
    source: toMermaid(graph, flowchartThemes[theme]),
    config: mermaidConfig(flowchartThemes[theme]),
  });
  const diagrams = Object.fromEntries(
    THEME_NAMES.map((theme) => {
      const layoutOf = flowchartThemes[theme].layoutOf;
      return [theme, { ...drawing(theme), theme, file: `${protocol.id}-${theme}.svg`, ...(layoutOf ? { layoutOf: drawing(layoutOf) } : {}) }];
    }),
  ) as Record<FlowchartThemeName, DiagramSource>;
  const kinds = new Set(graph.nodes.map((n) => n.kind));
  return {
    lang,
    dir: meta.dir,
    sector: { id: at, name: sectorName },
    path: sitePaths.flowchart(lang, at),
    presentationPath: sitePaths.presentation(lang, at),
    links: {
      presentation: href(sitePaths.flowchart(lang, at), sitePaths.presentation(lang, at)),
      overviewFromFlowchart: href(sitePaths.flowchart(lang, at), sitePaths.overview(lang, at)),
      flowchartFromPresentation: href(sitePaths.presentation(lang, at), sitePaths.flowchart(lang, at)),
      overviewFromPresentation: href(sitePaths.presentation(lang, at), sitePaths.overview(lang, at)),
    },
    title: t('ui:flowchart.title', { sector: sectorName }),
    presentationTitle: t('ui:presentation.title', { sector: sectorName }),
    graph,
    steps,
    diagrams,
    labels: {
      skipToContent: t('ui:site.skip-to-content'),
      legendHeading: t('ui:flowchart.legend-heading'),
      textAlternative: t('ui:flowchart.text-alternative'),
      noExit: t('ui:flowchart.no-exit'),
      versions: t('ui:flowchart.versions'),
      print: t('ui:flowchart.print'),
      projector: t('ui:flowchart.projector'),
      presentation: t('ui:flowchart.presentation'),
      backToPlan: t('ui:flowchart.back-to-plan'),
      open: t('ui:flowchart.open'),
      checklist: t('ui:step.checklist'),
      decision: t('ui:step.decision'),
      overview: t('ui:presentation.overview'),
      allSteps: t('ui:presentation.steps'),
    },
    slides: {
      keysHeading: t('ui:slides.keys-heading'),
      keys: (['next', 'previous', 'step', 'black', 'fullscreen', 'overview', 'start'] as const).map((key) => ({
        keys: t(`ui:slides.keys.${key}`, { last: graph.nodes.length }),
        does: t(`ui:slides.does.${key}`),
      })),
      // Placeholders the script replaces; i18next would fill in {{part}} itself.
      part: t('ui:slides.part', { part: '{part}', parts: '{parts}' }),
      blackScreen: t('ui:slides.black-screen'),
    },
    legend: [
      ...(['standard', 'follow-up', 'support', 'escalation'] as const)
        .filter((kind) => kinds.has(kind))
        .map((kind) => ({ kind, text: t(`ui:flowchart.legend.${kind}`) })),
      ...(graph.edges.some((e) => e.toEscalation) ? [{ kind: 'to-escalation', text: t('ui:flowchart.legend.to-escalation') }] : []),
    ],
    positions: Object.fromEntries(
      graph.nodes.map((n) => [n.id, t('ui:presentation.position', { number: n.number, count: graph.nodes.length })]),
    ),
  };
}

/**
 * A rendered SVG as a file of its own: the font rules first in its <style>
 * (so the letters match the measurements), an XML declaration, nothing else changed.
 */
export function toStandaloneSvg(svg: string, fontCss: string): string {
  const withFont = svg.replace(/^(<svg [^>]*>)/, `$1<style>${fontCss}</style>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withFont}\n`;
}

/** Every diagram the build renders, in a stable order, once (a local edition shares its sector's). */
export function diagramSources(pages: readonly FlowchartPageView[]): DiagramSource[] {
  const all = pages.flatMap((page) => THEME_NAMES.map((theme) => page.diagrams[theme]));
  return all.filter((source, i) => all.findIndex((other) => other.id === source.id) === i);
}

/** The flowchart page and the presentation as the site shows them: the view above, with the site's chrome. */
export type SiteFlowchartPageView = FlowchartPageView & {
  chrome: ChromeView;
  presentation: { chrome: ChromeView; script: string };
};

export function toSiteFlowchartPage(context: SectorContext): SiteFlowchartPageView {
  const { protocol, sector, lang, meta, t, plan } = context;
  const { steps, chrome } = sectorPageTools(context);
  const page = toFlowchartPage({ protocol, sector, lang, meta, t, steps, ...(plan.sector.id === sector.id ? {} : { site: plan.sector }) });
  return {
    ...page,
    chrome: chrome(page.path, page.title, describe([page.title, page.graph.description]), sitePaths.flowchart, 'flowchart', ['css/flowchart.css']),
    presentation: {
      chrome: chrome(
        page.presentationPath,
        page.presentationTitle,
        describe([page.presentationTitle, context.plan.title, page.graph.description]),
        sitePaths.presentation,
        undefined,
        ['css/flowchart.css', 'css/presentation.css'],
      ),
      script: assetHref(page.presentationPath, assetPath(context.assets, 'js/presentation.js')),
    },
  };
}
