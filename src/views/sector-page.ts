// What every page of one sector shares: the context it is built from, the
// fields every page view has, and the helpers for its chrome and step links.
import type { Product } from '../products/registry.ts';
import type { Protocol, Sector } from '../protocol/types.ts';
import { describe, sectionPath, toChrome, type ChromeContext, type ChromeView, type NavId } from './chrome.ts';
import type { PlanView, StepView } from './plan.ts';
import type { TrainingContext } from './training-questions.ts';
import { href, sitePaths } from './urls.ts';

export interface SectorContext extends ChromeContext {
  protocol: Protocol;
  sector: Sector;
  plan: PlanView;
  /** The products offered for download (src/products/registry.ts). */
  products: readonly Product[];
  /** The training's pass mark, and the files its errors name. */
  training: TrainingContext;
}

export interface PageBase {
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

export interface SectorPageTools {
  /** The plan's steps in the plan's order, and by id. */
  steps: StepView[];
  stepById: Map<string, StepView>;
  /** The chrome of a page of this sector; `pathFor` gives the same page in another language and sector. */
  chrome: (
    path: string,
    title: string,
    description: string,
    pathFor: (lang: string, sector: string) => string,
    nav?: NavId,
    styles?: string[],
  ) => ChromeView;
  /** Every step, by phase, linked from the page at `from`; `current` marks one. */
  phaseLinks: (from: string, current?: string) => PhaseLinksView[];
  /**
   * Path, title and chrome of a section page (one the navigation lists),
   * described by the plan's title (it names the sector: some sections read
   * the same in both) and then `texts`, the page's own.
   */
  section: (id: NavId, title: string, texts: readonly string[]) => PageBase;
}

export function sectorPageTools(context: SectorContext): SectorPageTools {
  const { lang, sector, plan } = context;
  const s = plan.sector.id;
  const steps = plan.phases.flatMap((p) => p.steps);
  const chrome: SectorPageTools['chrome'] = (path, title, description, pathFor, nav, styles) =>
    toChrome(context, { path, title, description, sector: s, pathFor: (l, x) => pathFor(l, x ?? s), ...(nav ? { nav } : {}), ...(styles ? { styles } : {}) });
  return {
    steps,
    stepById: new Map(steps.map((step) => [step.id, step])),
    chrome,
    phaseLinks: (from, current) =>
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
      })),
    section: (id, title, texts) => {
      const path = sectionPath[id](lang, s);
      return { chrome: chrome(path, title, describe([plan.title, ...texts]), sectionPath[id], id), path, title };
    },
  };
}
