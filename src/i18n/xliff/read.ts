// A returned XLIFF 2.0 or 1.2 file → its units. Read with xml-js directly
// rather than the `xliff` package's reader: a CAT tool may split a 2.0 unit
// into several segments, of which that reader keeps the last, and the states
// (final, signed-off) it does not read decide what is accepted. Units are
// looked up by namespace (2.0 `<file id>`, 1.2 `<file original>`) and id,
// inside groups too.
import type { Element } from 'xml-js';
import { parseXml, untrustedXmlText, XliffInputError } from './untrusted-xml.ts';
import type { ReturnedFile, ReturnedUnit, XliffVersion } from './model.ts';
import type { Run } from './placeholders.ts';
import { interpolationVariables } from '../../protocol/resources.ts';

const elementsOf = (node: Element | undefined, name?: string) =>
  (node?.elements ?? []).filter((e) => e.type === 'element' && (name === undefined || e.name === name));
const attribute = (node: Element | undefined, name: string): string | undefined => {
  const value = node?.attributes?.[name];
  return value === undefined ? undefined : String(value);
};
const textOf = (node: Element): string =>
  (node.elements ?? []).map((e) => (e.type === 'text' ? String(e.text) : e.type === 'cdata' ? String(e.cdata) : e.type === 'element' ? textOf(e) : '')).join('');

/** Inline elements that are formatting markup, which no Kindreflex text has. */
const MARKUP = new Set(['pc', 'sc', 'ec', 'g', 'bx', 'ex', 'bpt', 'ept', 'it', 'sub']);
const CODE = /^\{\{[^{}]*\}\}$/;

interface InlineContext {
  version: XliffVersion;
  where: string;
  originalData: Map<string, string>;
  /** The source's placeholders by id: a target's `<ph id>` that carries nothing else is the source's of that id. */
  sourceCodes: Map<string, string>;
  problems: string[];
}

function placeholder(node: Element, context: InlineContext): Run | undefined {
  const id = attribute(node, 'id') ?? '?';
  let code: string | undefined;
  if (context.version === '2.0') {
    const dataRef = attribute(node, 'dataRef');
    code = dataRef !== undefined ? context.originalData.get(dataRef) : attribute(node, 'equiv');
  } else {
    code = node.name === 'ph' ? textOf(node) : attribute(node, 'equiv-text');
  }
  if (code === undefined || code === '') code = context.sourceCodes.get(id);
  if (code === undefined || !CODE.test(code)) {
    context.problems.push(`${context.where}: the placeholder <${node.name} id="${id}"> stands for no {{variable}}: keep the source's placeholders as they are (copy them from the source)`);
    return undefined;
  }
  context.sourceCodes.set(id, code);
  return { variable: interpolationVariables(code)[0] ?? code.slice(2, -2).trim(), code };
}

function inlineRuns(node: Element, context: InlineContext): Run[] {
  const runs: Run[] = [];
  for (const child of node.elements ?? []) {
    if (child.type === 'text') runs.push(String(child.text));
    else if (child.type === 'cdata') runs.push(String(child.cdata));
    else if (child.type !== 'element') continue;
    else if (child.name === 'ph' || (context.version === '1.2' && child.name === 'x')) {
      const run = placeholder(child, context);
      if (run) runs.push(run);
    } else if (child.name === 'mrk') runs.push(...inlineRuns(child, context));
    else if (child.name === 'sm' || child.name === 'em') continue;
    else if (MARKUP.has(child.name ?? '')) context.problems.push(`${context.where}: markup <${child.name}> in the text, where the Dutch has none: remove the formatting`);
    else context.problems.push(`${context.where}: an unknown element <${child.name}> in the text: remove it`);
  }
  return merge(runs);
}

/** Adjacent text runs as one, no empty text run. */
function merge(runs: readonly Run[]): Run[] {
  return runs.reduce<Run[]>((out, run) => {
    const last = out[out.length - 1];
    if (typeof run === 'string' && typeof last === 'string') out[out.length - 1] = last + run;
    else if (run !== '') out.push(run);
    return out;
  }, []);
}

function unit20(namespace: string, node: Element, problems: string[]): ReturnedUnit {
  const path = attribute(node, 'id') ?? '';
  const originalData = new Map(elementsOf(elementsOf(node, 'originalData')[0], 'data').map((d) => [attribute(d, 'id') ?? '', textOf(d)]));
  const context: InlineContext = { version: '2.0', where: `${namespace}:${path}`, originalData, sourceCodes: new Map(), problems };
  const parts = elementsOf(node).filter((e) => e.name === 'segment' || e.name === 'ignorable');
  const source: Run[] = [];
  const target: Run[] = [];
  let hasTarget = false;
  for (const part of parts) {
    source.push(...inlineRuns(elementsOf(part, 'source')[0] ?? { type: 'element' }, context));
    const t = elementsOf(part, 'target')[0];
    if (t) hasTarget = true;
    // An ignorable's target is its source when the tool left it out.
    const empty: Element = { type: 'element' };
    target.push(...inlineRuns(t ?? (part.name === 'ignorable' ? (elementsOf(part, 'source')[0] ?? empty) : empty), context));
  }
  const segments = parts.filter((p) => p.name === 'segment');
  const final = segments.length > 0 && segments.every((s) => attribute(s, 'state') === 'final');
  return { namespace, path, source: merge(source), ...(hasTarget ? { target: merge(target) } : {}), final };
}

function unit12(namespace: string, node: Element, problems: string[]): ReturnedUnit {
  const path = attribute(node, 'id') ?? '';
  const context: InlineContext = { version: '1.2', where: `${namespace}:${path}`, originalData: new Map(), sourceCodes: new Map(), problems };
  const source = inlineRuns(elementsOf(node, 'source')[0] ?? { type: 'element' }, context);
  const t = elementsOf(node, 'target')[0];
  const state = attribute(t, 'state');
  return { namespace, path, source, ...(t ? { target: inlineRuns(t, context) } : {}), final: state === 'final' || state === 'signed-off' };
}

/** Units inside a file element or group, groups flattened. */
function unitsIn(node: Element, name: string): Element[] {
  return elementsOf(node).flatMap((e) => (e.name === name ? [e] : e.name === 'group' || e.name === 'body' ? unitsIn(e, name) : []));
}

/** The units of a returned file; a file that is not XLIFF 1.2 or 2.0 is refused. */
export function readXliff(file: string, bytes: Uint8Array): ReturnedFile {
  const tree = parseXml(file, untrustedXmlText(file, bytes));
  try {
    return unitsOf(file, tree);
  } catch (error) {
    // Groups or <mrk>s nested thousands deep: the walk runs out of stack.
    if (error instanceof RangeError) throw new XliffInputError(file, ['elements nested too deeply for an XLIFF file: export it again from the CAT tool']);
    throw error;
  }
}

function unitsOf(file: string, tree: Element): ReturnedFile {
  const root = elementsOf(tree)[0];
  const declared = attribute(root, 'version') ?? '';
  const version: XliffVersion | undefined = declared === '1.2' ? '1.2' : /^2\.[0-2]$/.test(declared) ? '2.0' : undefined;
  if (root?.name !== 'xliff' || version === undefined) {
    throw new XliffInputError(file, [`not an XLIFF 2.0 or 1.2 file (its root is <${root?.name ?? ''}${declared ? ` version="${declared}"` : ''}>). Export XLIFF 2.0 or 1.2 from the CAT tool`]);
  }
  const problems: string[] = [];
  const files = elementsOf(root, 'file');
  const units = files.flatMap((f) => {
    const namespace = attribute(f, version === '2.0' ? 'id' : 'original') ?? '';
    return version === '2.0' ? unitsIn(f, 'unit').map((u) => unit20(namespace, u, problems)) : unitsIn(f, 'trans-unit').map((u) => unit12(namespace, u, problems));
  });
  const languages = version === '2.0' ? [root] : files;
  const one = (name: string) => [...new Set(languages.map((n) => attribute(n, name) ?? ''))];
  const [sourceLanguage = '', ...otherSources] = one(version === '2.0' ? 'srcLang' : 'source-language');
  const [targetLanguage = '', ...otherTargets] = one(version === '2.0' ? 'trgLang' : 'target-language');
  if (otherSources.length > 0 || otherTargets.length > 0) problems.push('its files name different languages: send one language per file');
  return { version, sourceLanguage, targetLanguage, units, problems };
}
