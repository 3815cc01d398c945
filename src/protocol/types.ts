// The shape of a protocol like the Kindreflex. Text is never here, only ids:
// every id doubles as (part of) its i18n key, its URL and its DOM id, so ids
// are stable and URL-safe once published. `keys.ts` derives the text keys.

/** A standard step every worker takes, or a follow-up step that may be shared. */
export type Phase = 'standard' | 'follow-up';

/** Who is expected to be able to take a step (seed: "Voor wie?"). */
export type Responsibility = 'every-worker' | 'team-or-network';

/**
 * What a checklist item asks of the worker:
 * do it, record it in the file, consult a colleague or expert,
 * contact an outside service (VK, OCJ, parket), or a caution.
 */
export type ItemKind = 'do' | 'record' | 'consult' | 'contact' | 'caution';

/** Where the plan comes to rest: ongoing support of the parent, or escalation to a mandated service. */
export type Outcome = 'support' | 'escalation';

/** A document the protocol's text comes from, so every sentence can be traced. */
export interface Source {
  id: string;
  /** The document's own title, as printed on it. */
  title: string;
  /** Who wrote or issued it. */
  issuedBy: string;
  /** Where an editor finds it in this workspace or online. */
  location: string;
}

export interface ChecklistItem {
  id: string;
  kind: ItemKind;
  /** The services a `contact` item names. */
  contacts?: readonly string[];
  /** The item may be done by anonymous phone consultation. */
  anonymous?: boolean;
  /** Overrides the protocol's source for this item's text. */
  source?: string;
  /** A key action, printed on the pocket card (in the source's own words). */
  card?: boolean;
}

/** One way out of a decision: when its condition holds, go to `to`. */
export interface Branch<S extends string = string> {
  id: string;
  to: S;
}

/**
 * The branches leaving a step. The seed phrases every branch as its own
 * question ("Heb je geen twijfels over de thuissituatie? Ga naar STAP 3."),
 * so a decision has no separate question of its own: that would be invented text.
 */
export interface Decision<S extends string = string> {
  branches: readonly Branch<S>[];
}

export interface Step<S extends string = string> {
  id: S;
  phase: Phase;
  responsibility: Responsibility;
  /** Set on the steps where the plan comes to rest. */
  outcome?: Outcome;
  items: readonly ChecklistItem[];
  /** The step that always follows (the plan's own order, no condition). */
  next?: S;
  /** The conditional ways out; a step has `next` or `decision`, not both. */
  decision?: Decision<S>;
}

/** An outside service the plan tells the worker to contact. */
export interface Contact {
  id: string;
  /** A mandated service ("gemandateerde voorziening") in the sense of step 6. */
  mandated: boolean;
  /** Can be consulted by phone without naming the family. */
  anonymousConsultation: boolean;
}

export interface Protocol<S extends string = string> {
  id: string;
  /**
   * The edition of this publication, shown on every output. Set by the latest
   * release (releases/<version>.json, `npm run release`); a definition gives
   * it only while it has no release.
   */
  version?: string;
  /** ISO date (YYYY-MM-DD) this edition was published: the latest release's, like `version`. */
  published?: string;
  /** The source of every text unless an item or sector names another. */
  source: string;
  sources: readonly Source[];
  /** Paragraph ids of the introduction ("Werkwijze", "Voor wie?"). */
  introduction: readonly string[];
  start: S;
  steps: readonly Step<S>[];
  contacts: readonly Contact[];
  /** Terms explained in the glossary, in the source's own words (keys `glossary.<id>.term` / `.definition`). */
  glossary: readonly GlossaryEntry[];
}

export interface GlossaryEntry {
  id: string;
  /** Overrides the protocol's source for this entry. */
  source?: string;
}

/**
 * A sector applying the protocol (justice houses, prisons, ...). It states
 * only what differs from the plan: its terms, and items it adds or drops.
 * Its wording differences are i18next contexts (`key_<sector id>`) in the
 * locales, falling back to the generic key.
 */
export interface Sector<S extends string = string> {
  /** URL-safe; also the i18next context of its wording. */
  id: string;
  /** The document the sector's own wording and terms come from. */
  source: string;
  /**
   * Interpolation variables this sector defines, e.g. `client` for
   * "de {{client}}". Their words are in `locales/<lang>/sectors.json`
   * under `<sector id>.terms.<term>`.
   */
  terms: readonly string[];
  /** Introduction paragraphs only this sector has (keys `introduction.<id>_<sector id>`). */
  addsIntroduction?: readonly string[];
  /** Partner organisations the sector's source names (keys `sectors:<sector id>.partners.<id>`). */
  partners?: readonly string[];
  /** Checklist items only this sector has, placed after `after` (or at the end). */
  addsItems?: readonly { step: S; after?: string; item: ChecklistItem }[];
  /** Checklist items of the plan this sector leaves out. */
  dropsItems?: readonly { step: S; item: string }[];
}
