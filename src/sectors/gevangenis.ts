// Prisons: psychosocial service staff first, possibly guards and detention
// counsellors; clients are detainees. Source: the project sheet "Kindreflex
// met toepassing in gevangenissen" (seed 004). Where it is silent, the prison
// plan is the justice-house plan with the prison's terms.
import type { KindreflexStepId } from '../protocol/kindreflex.ts';
import type { Sector } from '../protocol/types.ts';
import { TERMS } from './terms.ts';

export const gevangenis: Sector<KindreflexStepId> = {
  id: 'gevangenis',
  source: 'kindreflex-gevangenissen',
  terms: TERMS,
  addsIntroduction: ['children-of-detained-parents'],
  partners: ['gevangenissen', 'caw', 'hvk', 'over-kop-huizen', '1g1p'],
};
