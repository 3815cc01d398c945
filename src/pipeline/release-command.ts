// `npm run release -- <version> [--date YYYY-MM-DD]`: writes
// releases/<version>.json, the snapshot of everything the build publishes,
// after every input and the new version and date are checked. Bad input is
// refused with nothing written; a release is never rewritten.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../cache/files.mjs';
import { formatProblems, type Problem } from '../protocol/validate.ts';
import { newReleaseProblems, releaseProblems } from '../releases/snapshot.ts';
import { publicationUnits, ValidationError, type PublicationInput } from './publication.ts';
import { RELEASE_SCHEMA_FILE, releaseFileContent, toReleaseSnapshot } from './releases.ts';

export interface ReleaseOptions extends PublicationInput {
  version: string;
  /** YYYY-MM-DD; default today (UTC). */
  date?: string;
}

export class ReleaseError extends Error {
  override name = 'ReleaseError';
  constructor(readonly problems: readonly Problem[]) {
    super(`No release was written.\n${formatProblems(problems)}`);
  }
}

/** Writes the release and returns its file; throws a ReleaseError (or the build's ValidationError) naming every problem. */
export function makeRelease({ version, date = new Date().toISOString().slice(0, 10), ...input }: ReleaseOptions): string {
  const releasesDir = input.releasesDir ?? input.definition?.releasesDir ?? join(process.cwd(), 'releases');
  let prepared: ReturnType<typeof publicationUnits>;
  try {
    prepared = publicationUnits({ ...input, releasesDir }, { version, published: date });
  } catch (error) {
    if (error instanceof ValidationError) throw new ReleaseError(error.problems);
    throw error;
  }
  const problems = newReleaseProblems(version, date, prepared.releases);
  if (problems.length > 0) throw new ReleaseError(problems);
  const snapshot = toReleaseSnapshot(prepared.publication, version, date, prepared.units);
  const file = join(releasesDir, `${version}.json`);
  const shown = relative(process.cwd(), file) || file;
  if (existsSync(file)) throw new ReleaseError([{ path: shown, message: 'this release exists already', hint: 'a release is never rewritten: give a higher version' }]);
  const content = releaseFileContent(snapshot);
  // The snapshot is checked against the schema the build checks it against, before it is written.
  const own = releaseProblems(JSON.parse(readFileSync(RELEASE_SCHEMA_FILE, 'utf8')) as object, shown, `${version}.json`, JSON.parse(content));
  if (own.length > 0) throw new ReleaseError(own);
  writeFileAtomic(file, content);
  return file;
}
