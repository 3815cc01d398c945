// A local edition: a team's own version of a sector, with the phone numbers,
// e-mail addresses and web pages of the plan's contacts and its own contacts
// (editions/<id>.json, checked against editions/edition.schema.json). Pure:
// the caller reads the files and the schema.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Problem } from '../protocol/validate.ts';
import type { PublicationDefinition } from '../protocol/definition.ts';
import { compiledSchema } from '../protocol/json-schema.ts';

/** Per-language texts; `nl` is always there. */
export type Texts = { nl: string } & Record<string, string>;

export interface ContactDetails {
  phone?: string;
  email?: string;
  url?: string;
  hours?: Texts;
}

export interface LocalContact extends ContactDetails {
  id: string;
  name: Texts;
  person?: string;
}

export interface Edition {
  /** The file's name: URL-safe, unique among sectors and editions. */
  id: string;
  /** The file it was read from, for messages. */
  file: string;
  sector: string;
  name: Texts;
  contacts: Record<string, ContactDetails>;
  local: LocalContact[];
}

const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Numbers written without a country code are Belgian: the plan's services are. */
export const DEFAULT_COUNTRY = 'BE';

const compile = (schema: object) => compiledSchema(schema, { formats: ['email', 'uri'], verbose: true });

/** A checker for edition files against the schema the project ships and the publication's sectors and contacts. */
export function editionChecker(schema: object, definition: PublicationDefinition) {
  const validateSchema = compile(schema);
  const sectorIds = definition.sectors.map((s) => s.id);
  const contactIds = definition.protocol.contacts.map((c) => c.id);

  /** The edition in `data` (parsed from `file`, id `id`), or every problem with it. */
  return (id: string, file: string, data: unknown, takenIds: ReadonlySet<string>): { edition?: Edition; problems: Problem[] } => {
    const problems: Problem[] = [];
    const at = (field: string) => `${file}: ${field}`;
    if (!URL_SAFE.test(id)) {
      problems.push({ path: file, message: `'${id}' is not a URL-safe edition id (the file name is the id and the address)`, hint: 'rename the file to lower-case letters, digits and single hyphens, e.g. editions/gevangenis-brugge.json' });
    } else if (sectorIds.includes(id)) {
      problems.push({ path: file, message: `the edition id '${id}' is a sector's id, so both would be published at <lang>/${id}/`, hint: `rename the file, e.g. editions/${id}-<place>.json` });
    } else if (takenIds.has(id)) {
      problems.push({ path: file, message: `another edition already has the id '${id}'`, hint: 'give each edition file its own name' });
    }
    if (!validateSchema(data)) {
      // A web address that is neither a URI nor starts with https:// fails two rules: say it once.
      const all = (validateSchema.errors ?? []).map((error) => schemaProblem(file, error));
      return { problems: all.filter((p, i) => all.findIndex((q) => q.path === p.path && q.message === p.message) === i) };
    }
    const edition = data as Omit<Edition, 'id' | 'file' | 'contacts' | 'local'> & Partial<Pick<Edition, 'contacts' | 'local'>>;
    if (!sectorIds.includes(edition.sector)) {
      problems.push({ path: at('sector'), message: `unknown sector '${edition.sector}'`, hint: `name one of the sectors: ${sectorIds.join(', ')}` });
    }
    for (const [contact, details] of Object.entries(edition.contacts ?? {})) {
      if (!contactIds.includes(contact)) {
        problems.push({ path: at(`contacts.${contact}`), message: `unknown contact '${contact}'`, hint: `give details for the plan's contacts: ${contactIds.join(', ')}; put the team's own contacts under "local"` });
      }
      problems.push(...detailProblems(details, (field) => at(`contacts.${contact}.${field}`)));
    }
    const localIds = new Set<string>();
    (edition.local ?? []).forEach((local, i) => {
      if (localIds.has(local.id) || contactIds.includes(local.id)) {
        problems.push({ path: at(`local[${i}].id`), message: `the id '${local.id}' is already used${contactIds.includes(local.id) ? ' by a contact of the plan' : ''}`, hint: 'give each local contact its own id' });
      }
      localIds.add(local.id);
      problems.push(...detailProblems(local, (field) => at(`local[${i}].${field}`)));
    });
    if (problems.length > 0) return { problems };
    return { edition: { id, file, sector: edition.sector, name: edition.name, contacts: edition.contacts ?? {}, local: edition.local ?? [] }, problems };
  };
}

/** What the schema cannot check: that a phone number exists in its country's numbering plan. */
function detailProblems(details: ContactDetails, at: (field: string) => string): Problem[] {
  if (details.phone === undefined || isValidPhone(details.phone)) return [];
  return [{ path: at('phone'), message: `'${details.phone}' is not a valid phone number`, hint: 'write the number as you would dial it, with the country code: "+32 9 210 10 10", "+32 470 10 20 30"' }];
}

export function isValidPhone(phone: string): boolean {
  return parsePhoneNumberFromString(phone, DEFAULT_COUNTRY)?.isValid() ?? false;
}

/** An Ajv error as a problem naming the field: `contacts.vk.email: 'x' is not a valid e-mail address`. */
function schemaProblem(file: string, error: ErrorObject): Problem {
  const field = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
  const where = (name: string) => `${file}: ${field ? `${field}.` : ''}${name}`;
  const value = typeof error.data === 'string' ? `'${error.data}'` : JSON.stringify(error.data);
  const hint = 'see editions/edition.schema.json, and the example in docs/coordinators.md';
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return { path: where(missing), message: missing === 'nl' ? 'missing the Dutch text' : `missing '${missing}'`, hint: missing === 'nl' ? 'add "nl": every name is written in Dutch first; other languages fall back to it' : hint };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = (error.params as { additionalProperty?: string; unevaluatedProperty?: string });
      return { path: where(extra.additionalProperty ?? extra.unevaluatedProperty ?? '?'), message: 'is not a field of an edition', hint: `check the spelling; ${hint}` };
    }
    case 'format':
    case 'pattern': {
      const what = field.endsWith('email') ? 'e-mail address' : field.endsWith('url') ? 'web address (https://…)' : field.endsWith('phone') ? 'phone number' : 'value here';
      return { path: `${file}: ${field}`, message: `${value} is not a valid ${what}`, hint };
    }
    default:
      return { path: `${file}: ${field || '(the whole file)'}`, message: `${value ?? ''} ${error.message ?? 'is not valid'}`.trim(), hint };
  }
}
