// Justice houses: justice assistants and their clients, "justitiabelen".
// The plan's generic text is this sector's text (seed 000); it only names its terms.
import type { KindreflexStepId } from '../protocol/kindreflex.ts';
import type { Sector } from '../protocol/types.ts';
import { TERMS } from './terms.ts';

export const justitiehuis: Sector<KindreflexStepId> = {
  id: 'justitiehuis',
  source: 'kindreflex-justitiehuizen',
  terms: TERMS,
};
