// Stages 2 and 3 at once, on two cores: the flowcharts are drawn while the
// products print. The print flowcharts are drawn first (with the screen
// ones, whose layout they restyle), and the products that show them (plan,
// poster) print as soon as they are; the products that show none (cards,
// sheets, checklists) print from the start; the projector flowcharts are
// drawn last. While the flowcharts are drawn, one page prints and the
// diagram page has the other core (it is the longer path).
import { defaultPrintConcurrency } from '../../browser/print-pdf.ts';
import { allDiagramsCached, type RenderCount } from '../../cache/cached-render.ts';
import { productOf } from '../../products/registry.ts';
import { diagramSources, THEME_NAMES } from '../../views/flowchart-page.ts';
import { flowchartThemes } from '../../views/flowchart-themes.ts';
import type { BuildContext } from '../context.ts';
import type { Publication } from '../publication.ts';
import type { StagingFolders } from '../staging.ts';
import { draw, type Drawn } from './draw.ts';
import { print, type Printed } from './print.ts';

/** The themes drawn first: the print theme, and the one whose layout it restyles. */
const FIRST_THEMES = THEME_NAMES.filter((theme) => theme === 'print' || theme === flowchartThemes.print.layoutOf);
const LAST_THEMES = THEME_NAMES.filter((theme) => !FIRST_THEMES.includes(theme));

export interface DrawnAndPrinted {
  svgs: Map<string, string>;
  printed: Printed['printed'];
  packed: Printed['packed'];
  diagrams: RenderCount;
  pdfFiles: RenderCount;
}

export async function drawAndPrint(context: BuildContext, publication: Publication, out: StagingFolders): Promise<DrawnAndPrinted> {
  const needs = (flowchart: boolean) => publication.prints.filter((view) => productOf(context.products, view.product).needsFlowchart === flowchart);
  const drawing = await drawsAny(context, publication);
  if (drawing) context.slots.setCapacity(1);
  const drawFirst = drawThemes(context, publication, FIRST_THEMES).finally(() => drawing && context.slots.setCapacity(defaultPrintConcurrency()));
  // Eleventy runs one at a time: the pages that show no flowchart are made first, into the print folder.
  const [first, last, early, late] = await settleAll([
    drawFirst,
    drawFirst.then(() => drawThemes(context, publication, LAST_THEMES)),
    print(context, publication, { prints: needs(false), svgs: new Map(), folder: out.print, priority: 0 }, out),
    drawFirst.then((drawn) => print(context, publication, { prints: needs(true), svgs: drawn.svgs, folder: out.printLate, priority: 1 }, out)),
  ] as const);
  const printed = [...early.printed, ...late.printed];
  context.timings.pdfs.push(...printed.map((p) => ({ name: p.job.name, ms: p.ms, bytes: p.bytes })));
  return {
    svgs: new Map([...first.svgs, ...last.svgs]),
    printed,
    packed: [...early.packed, ...late.packed],
    diagrams: sumCounts(first.count, last.count),
    pdfFiles: sumCounts(early.count, late.count),
  };
}

/** Whether any flowchart is to be drawn, not taken from the render cache. */
async function drawsAny(context: BuildContext, publication: Publication): Promise<boolean> {
  const cache = (await context.caches).diagrams;
  return !cache || !allDiagramsCached(diagramSources(publication.flowcharts), cache);
}

const drawThemes = (context: BuildContext, publication: Publication, themes: readonly (typeof THEME_NAMES)[number][]): Promise<Drawn> =>
  context.timings.span('diagramsMs', () => draw(context, publication, themes));

/**
 * Waits for every task, and then throws the first failure: a stage that
 * failed must not leave another writing into a staging folder being removed.
 */
async function settleAll<T extends readonly unknown[]>(tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

function sumCounts(a: RenderCount, b: RenderCount): RenderCount {
  return { rendered: a.rendered + b.rendered, reused: a.reused + b.reused, keys: { ...a.keys, ...b.keys } };
}
