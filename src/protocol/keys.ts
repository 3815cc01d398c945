// The i18n key of every text the model names. Keys are derived from ids, so
// an id names the same thing in the model, the locales, the URL and the DOM.
import type { Protocol } from './types.ts';

export type ProtocolKey = `protocol:${string}`;
export type SectorKey = `sectors:${string}`;

export const stepTitleKey = (step: string): ProtocolKey => `protocol:steps.${step}.title`;
export const itemKey = (step: string, item: string): ProtocolKey => `protocol:steps.${step}.items.${item}`;
export const branchKey = (step: string, branch: string): ProtocolKey => `protocol:steps.${step}.decision.${branch}`;
export const introductionKey = (paragraph: string): ProtocolKey => `protocol:introduction.${paragraph}`;
export const contactNameKey = (contact: string): ProtocolKey => `protocol:contacts.${contact}.name`;
export const contactAbbreviationKey = (contact: string): ProtocolKey => `protocol:contacts.${contact}.abbreviation`;
export const glossaryTermKey = (entry: string): ProtocolKey => `protocol:glossary.${entry}.term`;
export const glossaryDefinitionKey = (entry: string): ProtocolKey => `protocol:glossary.${entry}.definition`;
export const moreInformationKey: ProtocolKey = 'protocol:more-information';
export const creditKey: ProtocolKey = 'protocol:credit';
export const sectorNameKey = (sector: string): SectorKey => `sectors:${sector}.name`;
export const sectorTermKey = (sector: string, term: string): SectorKey => `sectors:${sector}.terms.${term}`;
export const sectorPartnerKey = (sector: string, partner: string): SectorKey => `sectors:${sector}.partners.${partner}`;

/** A text the model needs, with the path in the model that needs it. */
export interface ModelText {
  key: string;
  path: string;
}

/** Every text key the protocol itself uses (sector additions come from `sectorTexts`). */
export function protocolTexts(protocol: Protocol): ModelText[] {
  const texts: ModelText[] = protocol.introduction.map((paragraph, i) => ({
    key: introductionKey(paragraph),
    path: `introduction[${i}]`,
  }));
  protocol.steps.forEach((step, s) => {
    texts.push({ key: stepTitleKey(step.id), path: `steps[${s}]` });
    step.items.forEach((item, i) => texts.push({ key: itemKey(step.id, item.id), path: `steps[${s}].items[${i}]` }));
    step.decision?.branches.forEach((branch, b) =>
      texts.push({ key: branchKey(step.id, branch.id), path: `steps[${s}].decision.branches[${b}]` }),
    );
  });
  protocol.contacts.forEach((contact, c) => {
    texts.push({ key: contactNameKey(contact.id), path: `contacts[${c}]` });
    texts.push({ key: contactAbbreviationKey(contact.id), path: `contacts[${c}]` });
  });
  protocol.glossary.forEach((entry, g) => {
    texts.push({ key: glossaryTermKey(entry.id), path: `glossary[${g}]` });
    texts.push({ key: glossaryDefinitionKey(entry.id), path: `glossary[${g}]` });
  });
  texts.push({ key: moreInformationKey, path: 'protocol (link to the full plan)' });
  texts.push({ key: creditKey, path: 'protocol (authors)' });
  return texts;
}
