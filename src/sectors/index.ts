// The Kindreflex publication: its protocol and every sector it publishes, in
// the order the site lists them. Adding a sector: a file beside this one, a
// line here, and its words in locales/<lang>/sectors.json (see docs/editors.md).
import { definePublication } from '../protocol/definition.ts';
import { kindreflex } from '../protocol/kindreflex.ts';
import { gevangenis } from './gevangenis.ts';
import { justitiehuis } from './justitiehuis.ts';

export const sectors = [justitiehuis, gevangenis] as const;

export const kindreflexPublication = definePublication({ protocol: kindreflex, sectors });
