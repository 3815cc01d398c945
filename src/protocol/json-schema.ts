// The project's JSON Schemas (local editions, release snapshots) compiled with
// Ajv once per process: compiling takes most of a second, and the bench and
// --watch build many times in one process.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats, { type FormatName } from 'ajv-formats';

export interface SchemaOptions {
  /** Formats checked (ajv-formats' names); none by default. */
  formats?: readonly FormatName[];
  /** Keep the failing data and schema in each error (for messages that quote them). */
  verbose?: boolean;
}

const compiled = new Map<string, ValidateFunction>();

/** The validator of `schema`, compiled the first time it is asked for with these options. */
export function compiledSchema(schema: object, { formats = [], verbose = false }: SchemaOptions = {}): ValidateFunction {
  const key = JSON.stringify({ schema, formats, verbose });
  let validate = compiled.get(key);
  if (!validate) {
    // strict: false because the schemas' "description"s sit beside "$ref"s, which Ajv's strict mode frowns on.
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose });
    if (formats.length > 0) addFormats.default(ajv, [...formats]);
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}
