// Everything one build publishes, prepared from the model and the locales:
// validated first, so bad input fails before any page is written.
import { join } from 'node:path';
import { loadLocales, SOURCE_LANGUAGE, type Locale } from '../i18n/load-locales.ts';
import { createTranslator } from '../i18n/translator.ts';
import { applySector } from '../protocol/apply-sector.ts';
import { kindreflex } from '../protocol/kindreflex.ts';
import type { Protocol } from '../protocol/types.ts';
import { formatProblems, validate, type Problem } from '../protocol/validate.ts';
import { sectors as allSectors } from '../sectors/index.ts';
import type { Sector } from '../sectors/types.ts';
import { toPlanView, type PlanView } from '../views/plan.ts';
import { toHomeView, type HomeView } from '../views/home.ts';
import { toFlowchartPage, type FlowchartPageView } from '../views/flowchart-page.ts';

export interface Publication {
  home: HomeView;
  plans: PlanView[];
  /** One flowchart page (and presentation) per plan; SVGs are added by the build. */
  flowcharts: FlowchartPageView[];
  /** `@font-face` rules with the font inlined, for the standalone SVG files; set by the build with the SVGs. */
  diagramFontCss?: string;
}

export interface PublicationInput {
  localesDir?: string;
  protocol?: Protocol;
  sectors?: readonly Sector[];
}

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly problems: readonly Problem[]) {
    super(`The protocol definition, its sectors or the Dutch text is not valid.\n${formatProblems(problems)}`);
  }
}

export function preparePublication({
  localesDir = join(process.cwd(), 'locales'),
  protocol = kindreflex,
  sectors = allSectors,
}: PublicationInput = {}): Publication {
  const locales: Locale[] = loadLocales(localesDir);
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const problems = validate({ protocol, sectors, source: source.resources, sourceDir: join(localesDir, SOURCE_LANGUAGE) });
  if (problems.length > 0) throw new ValidationError(problems);

  const pages = locales.flatMap((locale) =>
    sectors.map((sector) => {
      const input = {
        protocol: applySector(protocol, sector),
        sector,
        lang: locale.lang,
        meta: locale.meta,
        t: createTranslator(locales, locale.lang, sector),
      };
      const plan = toPlanView(input);
      return { plan, flowchart: toFlowchartPage({ ...input, steps: plan.phases.flatMap((p) => p.steps).sort((a, b) => a.number - b.number) }) };
    }),
  );
  const plans = pages.map((p) => p.plan);
  return {
    home: toHomeView(plans, createTranslator(locales, SOURCE_LANGUAGE, sectors[0]!)),
    plans,
    flowcharts: pages.map((p) => p.flowchart),
  };
}
