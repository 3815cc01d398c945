// The releases (releases/<version>.json): read and checked against the schema
// the project ships (releases/release.schema.json), with the release notes
// (locales/<lang>/releases.json); and a new release's snapshot, made from the
// same plans the build prints. `npm run release` writes it (scripts/release.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseJsonFile, RELEASE_NOTES_FILE, SOURCE_LANGUAGE } from '../i18n/load-locales.ts';
import { edgesOf } from '../protocol/graph.ts';
import { glossaryDefinitionKey, glossaryTermKey } from '../protocol/keys.ts';
import type { Protocol } from '../protocol/types.ts';
import type { Problem } from '../protocol/validate.ts';
import type { Translate } from '../i18n/translator.ts';
import type { ContactDetailsView } from '../editions/edition-view.ts';
import { inVersionOrder, releaseNoteProblems, releaseProblems, type ReleaseFile, type ReleaseSnapshot, type UnitSnapshot } from '../releases/snapshot.ts';
import type { PlanView } from '../views/plan.ts';

/** The schema every release is checked against, shipped in the project's releases/ folder. */
export const RELEASE_SCHEMA_FILE = join(import.meta.dirname, '..', '..', 'releases', 'release.schema.json');

/** Release notes: per language, version → note. */
export type ReleaseNotes = Map<string, Record<string, string>>;

export interface LoadedReleases {
  /** Oldest first; only the releases of this publication. */
  releases: ReleaseFile[];
  notes: ReleaseNotes;
  problems: Problem[];
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** The releases of `publication` in `dir` (none if there is no such folder), and the notes in `localesDir`, or every problem with them. */
export function loadReleases(dir: string, publication: string, localesDir: string): LoadedReleases {
  const problems: Problem[] = [];
  const releases: ReleaseFile[] = [];
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json')) : [];
  const schema = names.length > 0 ? (JSON.parse(readFileSync(RELEASE_SCHEMA_FILE, 'utf8')) as object) : {};
  for (const name of names) {
    const path = join(dir, name);
    const file = shown(path);
    let data: unknown;
    try {
      data = parseJsonFile(path, readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ path: file, message: error instanceof Error ? error.message : String(error), hint: `restore the file with \`git checkout -- ${file}\`` });
      continue;
    }
    const found = releaseProblems(schema, file, name, data);
    problems.push(...found);
    // A folder shared with another publication: only this one's releases count.
    if (found.length === 0 && (data as ReleaseSnapshot).publication === publication) releases.push({ file, release: data as ReleaseSnapshot });
  }
  const notes = loadNotes(localesDir, problems);
  problems.push(...releaseNoteProblems(notes, SOURCE_LANGUAGE, (lang) => shown(join(localesDir, lang, RELEASE_NOTES_FILE))));
  return { releases: inVersionOrder(releases), notes, problems };
}

function loadNotes(localesDir: string, problems: Problem[]): ReleaseNotes {
  const notes: ReleaseNotes = new Map();
  if (!existsSync(localesDir)) return notes;
  for (const lang of readdirSync(localesDir).sort()) {
    const path = join(localesDir, lang, RELEASE_NOTES_FILE);
    if (!existsSync(path)) continue;
    try {
      const data = parseJsonFile(path, readFileSync(path, 'utf8'));
      if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.values(data).some((note) => typeof note !== 'string')) {
        problems.push({ path: shown(path), message: 'not a list of release notes', hint: 'write one note per version: { "1.1": "Stap 4 is herschreven." }' });
        continue;
      }
      notes.set(lang, data as Record<string, string>);
    } catch (error) {
      problems.push({ path: shown(path), message: error instanceof Error ? error.message : String(error), hint: 'fix the syntax there' });
    }
  }
  return notes;
}

/** One sector or edition in one language, as the build prepared it. */
export interface UnitInLanguage {
  lang: string;
  /** The sector's id (an edition's sector). */
  sector: string;
  edition: boolean;
  applied: Protocol;
  plan: PlanView;
  t: Translate;
}

/** The snapshot of everything `units` publish (every language of every sector and edition), as release `version` of `published`. */
export function toReleaseSnapshot(publication: string, version: string, published: string, units: readonly UnitInLanguage[]): ReleaseSnapshot {
  const byId = new Map<string, UnitSnapshot>();
  for (const unit of units) {
    const id = unit.plan.sector.id;
    let snapshot = byId.get(id);
    if (!snapshot) {
      snapshot = { id, sector: unit.sector, edition: unit.edition, ...structureOf(unit), texts: {} };
      byId.set(id, snapshot);
    }
    snapshot.texts[unit.lang] = textsOf(unit);
  }
  return { publication, version, published, units: [...byId.values()].sort((a, b) => Number(a.edition) - Number(b.edition)) };
}

function structureOf({ applied, plan }: UnitInLanguage): Pick<UnitSnapshot, 'steps' | 'contacts' | 'glossary'> {
  return {
    steps: applied.steps.map((step) => ({
      id: step.id,
      items: step.items.map((item) => ({ id: item.id, card: item.card === true })),
      exits: edgesOf(step).map((edge) => ({ ...(edge.branch === undefined ? {} : { branch: edge.branch }), to: edge.to })),
    })),
    contacts: [...plan.contacts.map((c) => c.id), ...plan.localContacts.map((c) => c.id)],
    glossary: applied.glossary.map((entry) => entry.id),
  };
}

function textsOf({ applied, plan, t }: UnitInLanguage): Record<string, string> {
  const texts: Record<string, string> = { name: plan.sector.name };
  for (const step of plan.phases.flatMap((phase) => phase.steps)) {
    texts[`step.${step.id}.title`] = step.title;
    for (const item of step.items) texts[`step.${step.id}.item.${item.id}`] = item.text;
    for (const exit of step.exits) if (exit.branch !== undefined && exit.condition !== undefined) texts[`step.${step.id}.branch.${exit.branch}`] = exit.condition;
  }
  const details = (id: string, view: ContactDetailsView | undefined) => {
    if (view?.phone) texts[`contact.${id}.phone`] = view.phone.text;
    if (view?.email) texts[`contact.${id}.email`] = view.email.text;
    if (view?.url) texts[`contact.${id}.url`] = view.url.text;
    if (view?.hours) texts[`contact.${id}.hours`] = view.hours;
  };
  for (const contact of plan.contacts) {
    texts[`contact.${contact.id}.name`] = contact.heading;
    details(contact.id, contact.details);
  }
  for (const local of plan.localContacts) {
    texts[`contact.${local.id}.name`] = local.name;
    if (local.person) texts[`contact.${local.id}.person`] = local.person;
    details(local.id, local.details);
  }
  for (const entry of applied.glossary) {
    texts[`glossary.${entry.id}.term`] = t(glossaryTermKey(entry.id));
    texts[`glossary.${entry.id}.definition`] = t(glossaryDefinitionKey(entry.id));
  }
  return texts;
}

/** The file a release is written to, as JSON with the schema named. */
export function releaseFileContent(release: ReleaseSnapshot): string {
  return `${JSON.stringify({ $schema: './release.schema.json', ...release }, null, 2)}\n`;
}
