// Outgoing units → an XLIFF 2.0 or 1.2 file. The `xliff` package writes the
// document (files per namespace, units, sources, targets, notes, `<ph>`
// placeholders, the size restriction); what it does not model is added to its
// element tree with xml-js, the XML library it is built on: the states (2.0 on
// `<segment>`, 1.2 on `<target>`), the note categories, 2.0's `<originalData>`
// that `<ph dataRef>` points at, the language's conventions as file notes, and
// line breaks between elements but never inside a source or target, where they
// would be text.
import { js2xml, xml2js, type Element } from 'xml-js';
import js2xliff from 'xliff/js2xliff';
import jsToXliff12 from 'xliff/jsToXliff12';
import ElementTypes from 'xliff/ElementTypes';
import { placeholderIds, type Run } from './placeholders.ts';
import type { OutgoingFile, OutgoingUnit, UnitState } from './model.ts';

const STATE_2_0: Record<UnitState, string> = { missing: 'initial', stale: 'initial', translated: 'translated', final: 'final' };
const STATE_1_2: Record<UnitState, string> = { missing: 'new', stale: 'needs-review-translation', translated: 'translated', final: 'final' };

/** The placeholder's meaning, else a plain word for it. */
function meaningOf(unit: OutgoingUnit, variable: string): string {
  return unit.meanings[variable] ?? `a value the publisher fills in (${variable})`;
}

/** A unit's source or target as the `xliff` package's value: text and inline placeholders. */
function inlineValue(unit: OutgoingUnit, runs: readonly Run[], version: OutgoingFile['version'], dataIds: Map<string, string>): unknown[] {
  const ids = placeholderIds(runs);
  let n = 0;
  return runs.map((run) => {
    if (typeof run === 'string') return run;
    const id = ids[n++]!;
    const meaning = meaningOf(unit, run.variable);
    if (version === '1.2') return { [ElementTypes.Span]: { id, ctype: 'x-variable', 'equiv-text': meaning, contents: run.code } };
    if (!dataIds.has(run.code)) dataIds.set(run.code, `d${dataIds.size + 1}`);
    return { [ElementTypes.Standalone]: { id, dataRef: dataIds.get(run.code)!, disp: meaning, equiv: run.code } };
  });
}

interface Prepared {
  document: string;
  dataIds: Map<string, Map<string, string>>;
}

function libraryDocument(file: OutgoingFile): Prepared {
  const resources: Record<string, Record<string, unknown>> = {};
  const dataIds = new Map<string, Map<string, string>>();
  for (const unit of file.units) {
    const ids = new Map<string, string>();
    dataIds.set(unitKey(unit.namespace, unit.path), ids);
    const size = unit.sizeRestriction;
    const attributes = size === undefined ? undefined : file.version === '2.0' ? { sizeRestriction: size } : { maxwidth: String(size), 'size-unit': 'char' };
    (resources[unit.namespace] ??= {})[unit.path] = {
      source: inlineValue(unit, unit.source, file.version, ids),
      ...(unit.target ? { target: inlineValue(unit, unit.target, file.version, ids) } : {}),
      ...(unit.notes.length > 0 ? { note: unit.notes.map((note) => note.text) } : {}),
      ...(attributes ? { additionalAttributes: attributes } : {}),
    };
  }
  const input = { sourceLanguage: file.sourceLanguage, targetLanguage: file.targetLanguage, resources };
  let document = '';
  const keep = (error: unknown, xml: string) => {
    if (error) throw error;
    document = xml;
  };
  if (file.version === '2.0') js2xliff(input, { indent: '' }, keep);
  else jsToXliff12(input, { indent: '' }, keep);
  return { document, dataIds };
}

const unitKey = (namespace: string, path: string) => `${namespace}\u0000${path}`;

const element = (name: string, attributes: Record<string, string> | undefined, elements: Element[]): Element => ({
  type: 'element',
  name,
  ...(attributes ? { attributes } : {}),
  elements,
});
const text = (value: string): Element => ({ type: 'text', text: value });
const children = (parent: Element, name: string) => (parent.elements ?? []).filter((e) => e.type === 'element' && e.name === name);

/** Adds what the library does not write to one unit (2.0) or trans-unit (1.2). */
function completeUnit(file: OutgoingFile, unit: OutgoingUnit, node: Element, dataIds: Map<string, string>): void {
  node.elements ??= [];
  const notes = file.version === '2.0' ? children(children(node, 'notes')[0] ?? { type: 'element' }, 'note') : children(node, 'note');
  // 1.2's notes have no category (its `from` is an author): their text says what they are.
  if (file.version === '2.0') notes.forEach((note, i) => (note.attributes = { category: unit.notes[i]!.category }));
  if (file.version === '1.2') {
    const target = children(node, 'target')[0];
    if (target) target.attributes = { ...target.attributes, state: STATE_1_2[unit.state] };
    else node.elements.splice(1, 0, element('target', { state: STATE_1_2[unit.state] }, []));
    return;
  }
  const segment = children(node, 'segment')[0]!;
  segment.attributes = { state: STATE_2_0[unit.state] };
  if (dataIds.size > 0) {
    const data = [...dataIds].map(([code, id]) => element('data', { id }, [text(code)]));
    node.elements.splice(node.elements.indexOf(segment), 0, element('originalData', undefined, data));
  }
}

/** The conventions, as notes of every file. */
function addConventions(file: OutgoingFile, fileNode: Element): void {
  if (file.conventions.length === 0) return;
  fileNode.elements ??= [];
  if (file.version === '1.2') {
    const notes = file.conventions.map((c) => element('note', undefined, [text(c)]));
    fileNode.elements.unshift(element('header', undefined, notes));
    return;
  }
  const notes = element('notes', undefined, file.conventions.map((c) => element('note', { category: 'conventions' }, [text(c)])));
  const firstUnit = fileNode.elements.findIndex((e) => e.name === 'unit' || e.name === 'group');
  fileNode.elements.splice(firstUnit < 0 ? fileNode.elements.length : firstUnit, 0, notes);
}

/** Elements whose content is structure, not text: a line and indentation between their children. */
const STRUCTURE = new Set(['xliff', 'file', 'header', 'body', 'group', 'unit', 'trans-unit', 'notes', 'originalData', 'segment', 'ignorable', 'slr:profiles']);

function indent(node: Element, depth: number): void {
  if (!node.elements || !STRUCTURE.has(node.name ?? '')) return;
  const kids = node.elements.filter((e) => e.type !== 'text');
  kids.forEach((kid) => indent(kid, depth + 1));
  if (kids.length === 0) return;
  node.elements = [...kids.flatMap((kid) => [text(`\n${'  '.repeat(depth + 1)}`), kid]), text(`\n${'  '.repeat(depth)}`)];
}

// xml-js escapes only '"' in attribute values; the rest is escaped here.
const attributeValue = (value: string) => value.replace(/&(?!quot;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The XLIFF document of `file`, UTF-8, ending in a newline. */
export function writeXliff(file: OutgoingFile): string {
  const { document, dataIds } = libraryDocument(file);
  const tree = xml2js(document, { compact: false, captureSpacesBetweenElements: true }) as Element;
  const root = children(tree, 'xliff')[0]!;
  const byKey = new Map(file.units.map((u) => [unitKey(u.namespace, u.path), u]));
  for (const fileNode of children(root, 'file')) {
    const namespace = fileNode.attributes?.[file.version === '2.0' ? 'id' : 'original'] as string;
    const container = file.version === '2.0' ? fileNode : children(fileNode, 'body')[0]!;
    for (const node of children(container, file.version === '2.0' ? 'unit' : 'trans-unit')) {
      const key = unitKey(namespace, node.attributes!.id as string);
      completeUnit(file, byKey.get(key)!, node, dataIds.get(key)!);
    }
    addConventions(file, fileNode);
  }
  indent(root, 0);
  const out = { declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } }, elements: [text('\n'), root, text('\n')] };
  return js2xml(out, { spaces: 0, attributeValueFn: attributeValue });
}
