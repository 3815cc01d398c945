// Writing a translation back into a locale file the way the project keeps
// them: `JSON.stringify(…, null, 2)` and a final newline, every existing key
// where it was, a new key after the keys that precede it in Dutch. A review
// diff then shows only the translated strings.

type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `tree` with `value` at `path`; `dutch` is the Dutch tree of the same namespace, for the order of new keys. */
export function withText(tree: Tree, path: readonly string[], value: string, dutch: unknown): Tree {
  const [key, ...rest] = path;
  if (key === undefined) return tree;
  const dutchNode = isTree(dutch) ? dutch[key] : undefined;
  const child = rest.length === 0 ? value : withText(isTree(tree[key]) ? (tree[key] as Tree) : {}, rest, value, dutchNode);
  if (key in tree) return { ...tree, [key]: child };
  const dutchOrder = isTree(dutch) ? Object.keys(dutch) : [];
  const rank = (k: string) => {
    const i = dutchOrder.indexOf(k);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const entries = Object.entries(tree);
  // After the last key that comes before it in Dutch; at the end when none does.
  let at = 0;
  entries.forEach(([k], i) => {
    if (rank(k) < rank(key)) at = i + 1;
  });
  if (rank(key) === Number.POSITIVE_INFINITY) at = entries.length;
  entries.splice(at, 0, [key, child]);
  return Object.fromEntries(entries);
}

/** A locale file's text, as every file in locales/ is written. */
export function formatLocaleJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
