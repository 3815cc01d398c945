// The whole plan on one page, to read through or print.
import type { PlanView } from './plan.ts';
import { sectorPageTools, type PageBase, type SectorContext } from './sector-page.ts';

export interface PlanPageView extends PageBase {
  plan: PlanView;
}

export function toPlanPage(context: SectorContext): PlanPageView {
  const { t, plan } = context;
  return { ...sectorPageTools(context).section('plan', t('ui:plan.full-title', { sector: plan.sector.name })), plan };
}
