// Reads the local editions (editions/<id>.json) and checks each against the
// schema the project ships and the publication's sectors and contacts.
// Every problem of every file is reported at once, with the file and field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { editionChecker, type Edition } from '../editions/edition.ts';
import { parseJsonFile } from '../i18n/load-locales.ts';
import type { PublicationDefinition } from '../protocol/definition.ts';
import type { Problem } from '../protocol/validate.ts';

/** The schema every edition is checked against, shipped in the project's editions/ folder. */
export const EDITION_SCHEMA_FILE = join(import.meta.dirname, '..', '..', 'editions', 'edition.schema.json');

/** The editions in `dir` (none if there is no such folder), in file-name order, or the problems with them. */
export function loadEditions(dir: string, definition: PublicationDefinition): { editions: Edition[]; problems: Problem[] } {
  if (!existsSync(dir)) return { editions: [], problems: [] };
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== basename(EDITION_SCHEMA_FILE))
    .sort();
  if (files.length === 0) return { editions: [], problems: [] };
  const check = editionChecker(JSON.parse(readFileSync(EDITION_SCHEMA_FILE, 'utf8')) as object, definition);
  const editions: Edition[] = [];
  const problems: Problem[] = [];
  const taken = new Set<string>();
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    let data: unknown;
    try {
      data = parseJsonFile(path, readFileSync(path, 'utf8'));
    } catch (error) {
      // parseJsonFile's message: "<file>:<line>:<column>: not valid JSON (…). Fix the syntax there: …"
      const message = error instanceof Error ? error.message : String(error);
      const [where, rest = message] = message.split(/: (?=not valid JSON)/);
      const [what, fix = 'fix the syntax there'] = rest.split(/\. (?=Fix)/);
      problems.push({ path: where === message ? file : where!, message: what!, hint: fix });
      continue;
    }
    const id = name.slice(0, -'.json'.length);
    const result = check(id, file, data, taken);
    taken.add(id);
    problems.push(...result.problems);
    if (result.edition) editions.push(result.edition);
  }
  return { editions, problems };
}
