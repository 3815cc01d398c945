// The whole plan on one page, to read through or print.
import type { PlanView } from './plan.ts';
import { sectorPageTools, type PageBase, type SectorContext } from './sector-page.ts';

export interface PlanPageView extends PageBase {
  plan: PlanView;
}

export function toPlanPage(context: SectorContext): PlanPageView {
  const { t, plan } = context;
  const { section, steps } = sectorPageTools(context);
  return { ...section('plan', t('ui:plan.full-title', { sector: plan.sector.name }), steps.map((step) => step.heading)), plan };
}
