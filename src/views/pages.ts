// (protocol, sector, language) → every page of one sector, each built by the
// view of its own kind (overview.ts, step.ts, … beside templates/<name>.11ty.tsx).
import { toAboutPage, type AboutPageView } from './about.ts';
import { toContactsPage, type ContactsPageView } from './contacts.ts';
import { toSiteFlowchartPage, type SiteFlowchartPageView } from './flowchart-page.ts';
import { toGlossaryPage, type GlossaryPageView } from './glossary.ts';
import { toOverviewPage, type OverviewPageView } from './overview.ts';
import { toPlanPage, type PlanPageView } from './plan-page.ts';
import type { SectorContext } from './sector-page.ts';
import { toStepPages, type StepPageView } from './step.ts';
import { toTrainingPages, type TrainingPageView } from './training.ts';
import { toWalkPages, type WalkPageView } from './walk.ts';

export interface SectorPages {
  overview: OverviewPageView;
  plan: PlanPageView;
  flowchart: SiteFlowchartPageView;
  steps: StepPageView[];
  walk: WalkPageView[];
  training: TrainingPageView[];
  contacts: ContactsPageView;
  glossary: GlossaryPageView;
  about: AboutPageView;
}

export function toSectorPages(context: SectorContext): SectorPages {
  return {
    overview: toOverviewPage(context),
    plan: toPlanPage(context),
    flowchart: toSiteFlowchartPage(context),
    steps: toStepPages(context),
    walk: toWalkPages(context),
    training: toTrainingPages(context),
    contacts: toContactsPage(context),
    glossary: toGlossaryPage(context),
    about: toAboutPage(context),
  };
}
