// A publication's definition: the protocol with the sectors that apply it.
// One build publishes one definition; the Kindreflex is the default
// (src/sectors/index.ts) and `npm run build -- --definition FILE` builds
// another, whose sectors are typed to its own step ids.
import type { Protocol, Sector } from './types.ts';

export interface PublicationDefinition<S extends string = string> {
  protocol: Protocol<S>;
  /** In the order the site lists them; at least one. */
  sectors: readonly Sector<S>[];
  /** The locales folder (absolute); default `locales/` in the project, or `--locales`. */
  localesDir?: string;
  /** The local editions' folder (absolute); default `editions/` in the project. */
  editionsDir?: string;
  /** The releases' folder (absolute); default `releases/` in the project. */
  releasesDir?: string;
}

/** Declares a definition with its step ids checked: `definePublication({ protocol, sectors })`. */
export function definePublication<S extends string>(definition: PublicationDefinition<S>): PublicationDefinition<S> {
  return definition;
}

/** Whether a `--definition` module's default export is a whole definition, or (as before) only a protocol. */
export function isPublicationDefinition(value: unknown): value is PublicationDefinition {
  return typeof value === 'object' && value !== null && 'protocol' in value && 'sectors' in value;
}
