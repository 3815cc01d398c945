// (plan, sector, language) → what the printed products show: the pocket card
// (front: the flow; back: key actions, contacts, QR code, edition), the cut
// sheet of four cards, the A4 plan, the A3 poster and the checklist: one
// print page per product of the registry (src/products/registry.ts). Text only from the
// locales; the card's key actions are the items the model marks `card`.
import type { Translate } from '../i18n/translator.ts';
import type { Protocol } from '../protocol/types.ts';
import type { ContactDetailsView } from '../editions/edition-view.ts';
import type { PlanView } from './plan.ts';
import { toChecklistView, type ChecklistView } from './checklist.ts';
import { assetPath, type AssetTable } from './urls.ts';
import { productPath, type Product } from '../products/registry.ts';
import { toTrainingView, type TrainingView } from './training.ts';
import type { TrainingContext } from './training-questions.ts';

export interface CardView {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** "Kindreflex" */
  brand: string;
  sectorName: string;
  frontHeading: string;
  phases: {
    phase: string;
    heading: string;
    steps: { id: string; number: number; title: string; exits: { condition?: string; to: string }[] }[];
  }[];
  keyActionsHeading: string;
  keyActions: { id: string; number: number; items: string[] }[];
  contactsHeading: string;
  /** The plan's contacts, then a local edition's own; `details` are a local edition's phone, e-mail and hours. */
  contacts: { id: string; heading: string; facts: string[]; details?: string[] }[];
  /** The language's colon, between a contact's name and its facts. */
  colon: string;
  qr: { url: string; caption: string; alt: string };
  edition: string;
  draftNotice?: string;
}

export interface PrintPageView {
  /** The product's id in the registry (src/products/registry.ts). */
  product: string;
  lang: string;
  sector: string;
  /** Path of the print page inside the print folder. */
  path: string;
  /** From this page back to the folder's root. */
  root: string;
  /** The typeface's and the print stylesheet, as relative links to their published names. */
  stylesheets: string[];
  /** The PDF's title, also the document title. */
  title: string;
  /** The product's file's site path (a PDF, or a package's zip), e.g. nl/gevangenis/downloads/kindreflex-gevangenis-nl-card.pdf */
  pdf: string;
  card: CardView;
  /** The A4 plan's content. */
  plan?: PlanView;
  /** The working checklist's content. */
  checklist?: ChecklistView;
  /** The print-theme flowchart (a product that needs it): its diagram id; the SVG is in the rendered data (src/views/rendered.ts). */
  diagram?: { id: string; title: string };
  /** The training module's content (lessons and check). */
  training?: TrainingView;
  /**
   * A package's page: its links are relative to the package's root, and
   * `files` are the assets it loads (the stylesheets, the script, the
   * fonts), as paths in the print folder and in the package alike.
   */
  package?: { script: string; files: string[] };
}

export interface PrintContext {
  protocol: Protocol;
  plan: PlanView;
  t: Translate;
  /** This sector's overview on the public site, which the caption under the QR code prints. */
  siteUrl: string;
  /** The URL the QR code opens: the page of the release it is printed from (src/views/versions.ts); default `siteUrl`. */
  qrUrl?: string;
  draftNotice?: string;
}

export function toCardView({ protocol, plan, t, siteUrl, qrUrl = siteUrl, draftNotice }: PrintContext): CardView {
  const steps = plan.phases.flatMap((p) => p.steps);
  const numberOf = new Map(steps.map((s) => [s.id, s.number]));
  const goesTo = (to: string) => t('ui:print.goes-to', { number: numberOf.get(to)! });
  return {
    lang: plan.lang,
    dir: plan.dir,
    brand: t('ui:site.name'),
    sectorName: plan.sector.name,
    frontHeading: t('ui:print.front-heading'),
    phases: plan.phases.map((phase) => ({
      phase: phase.phase,
      heading: phase.heading,
      steps: phase.steps.map((step) => ({
        id: step.id,
        number: step.number,
        title: step.title,
        exits: step.exits.map((exit) => ({ ...(exit.condition === undefined ? {} : { condition: exit.condition }), to: goesTo(exit.to) })),
      })),
    })),
    keyActionsHeading: t('ui:print.key-actions'),
    keyActions: protocol.steps.map((modelStep) => {
      const step = steps.find((s) => s.id === modelStep.id)!;
      const onCard = new Set(modelStep.items.filter((item) => item.card).map((item) => item.id));
      return { id: step.id, number: step.number, items: step.items.filter((item) => onCard.has(item.id)).map((item) => item.text) };
    }),
    contactsHeading: t('ui:print.contacts'),
    contacts: [
      ...plan.contacts.map(({ id, heading, facts, details }) => ({ id, heading, facts, ...(details ? { details: cardDetails(details) } : {}) })),
      ...plan.localContacts.map((local) => ({ id: local.id, heading: local.name, facts: local.person ? [local.person] : [], details: cardDetails(local.details) })),
    ],
    colon: t('ui:punctuation.colon'),
    qr: { url: qrUrl, caption: t('ui:print.qr-caption', { url: siteUrl.replace(/^https?:\/\//, '') }), alt: t('ui:print.qr-alt', { url: qrUrl }) },
    edition: plan.edition,
    ...(draftNotice ? { draftNotice } : {}),
  };
}

/** What of a contact's details the card has room for: phone, e-mail, hours (the web page is on the site, a QR code away). */
function cardDetails(details: ContactDetailsView): string[] {
  return [details.phone?.text, details.email?.text, details.hours].filter((text): text is string => text !== undefined);
}

export interface PrintProductsInput extends PrintContext {
  lang: string;
  sector: string;
  /** The diagram id of this plan's print-theme flowchart. */
  printDiagramId: string;
  diagramTitle: string;
  assets: AssetTable;
  /** The products to make a print page of (src/products/registry.ts). */
  products: readonly Product[];
  /** The training's settings, for a product whose content is the training. */
  training: TrainingContext;
}

/** The printed products of one sector in one language: a print page per product of the registry. */
export function toPrintProducts(input: PrintProductsInput): PrintPageView[] {
  const { lang, sector, t, plan } = input;
  const card = toCardView(input);
  const checklist = toChecklistView(input);
  return input.products.map((product) => ({
    product: product.id,
    lang,
    sector,
    path: `${lang}/${sector}/${product.id}/`,
    ...(product.kind === 'package'
      ? packageLinks(input.assets)
      : { root: '../../../', stylesheets: ['css/fonts.css', 'css/print.css'].map((file) => `../../../${assetPath(input.assets, file)}`) }),
    title: t(product.titleKey, { sector: plan.sector.name }),
    pdf: productPath(product, lang, sector),
    card,
    ...(product.content === 'plan' ? { plan } : {}),
    ...(product.content === 'checklist' ? { checklist } : {}),
    ...(product.content === 'training'
      ? { training: toTrainingView({ lang, protocol: input.protocol, plan, t, ...input.training, target: 'package' }) }
      : {}),
    ...(product.needsFlowchart ? { diagram: { id: input.printDiagramId, title: input.diagramTitle } } : {}),
  }));
}

/** A package page's links, from the package's root, and the assets it carries: the site's styles, the training's script, the typeface. */
function packageLinks(assets: AssetTable): Pick<PrintPageView, 'root' | 'stylesheets' | 'package'> {
  const stylesheets = ['css/fonts.css', 'css/site.css'].map((file) => assetPath(assets, file));
  const script = assetPath(assets, 'js/training.js');
  const fonts = Object.keys(assets.names).filter((file) => file.startsWith('fonts/')).sort().map((file) => assetPath(assets, file));
  return { root: '', stylesheets, package: { script, files: [...stylesheets, script, ...fonts] } };
}
