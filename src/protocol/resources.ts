// Plain lookups in parsed locale JSON, for validation and status reports
// that must not start i18next. Keys are `namespace:dotted.path`.

/** One language's parsed JSON, by namespace (`protocol`, `ui`, `sectors`). */
export type Resources = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function splitKey(key: string): { namespace: string; path: string[] } {
  const colon = key.indexOf(':');
  return { namespace: key.slice(0, colon), path: key.slice(colon + 1).split('.') };
}

function get(resources: Resources, namespace: string, path: readonly string[]): unknown {
  let node: unknown = resources[namespace];
  for (const part of path) {
    if (!isRecord(node)) return undefined;
    node = node[part];
  }
  return node;
}

/**
 * The string for `key`, trying `key_<context>` first and the generic key
 * after, as i18next does. Returns the key that matched.
 */
export function lookup(
  resources: Resources,
  key: string,
  context?: string,
): { key: string; value: string } | undefined {
  const { namespace, path } = splitKey(key);
  const last = path.length - 1;
  const candidates = context ? [[...path.slice(0, last), `${path[last]}_${context}`], path] : [path];
  for (const candidate of candidates) {
    const value = get(resources, namespace, candidate);
    if (typeof value === 'string') return { key: `${namespace}:${candidate.join('.')}`, value };
  }
  return undefined;
}

/** Every string in the resources, as `namespace:dotted.path` → value. */
export function flatten(resources: Resources): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') out.set(prefix, node);
    else if (isRecord(node)) for (const [k, v] of Object.entries(node)) walk(v, prefix.endsWith(':') ? prefix + k : `${prefix}.${k}`);
  };
  for (const [namespace, tree] of Object.entries(resources)) walk(tree, `${namespace}:`);
  return out;
}

/** The variable names a string interpolates: `{{client}}`, `{{staffPlural, capitalize}}`. */
export function interpolationVariables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^,}\s]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!);
}
