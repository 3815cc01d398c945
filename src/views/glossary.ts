// The glossary: the definition's terms, and the contacts' abbreviations.
import { glossaryDefinitionKey, glossaryTermKey } from '../protocol/keys.ts';
import { sectorPageTools, type PageBase, type SectorContext } from './sector-page.ts';

export interface GlossaryPageView extends PageBase {
  entries: { id: string; term: string; definition: string }[];
}

export function toGlossaryPage(context: SectorContext): GlossaryPageView {
  const { lang, t, protocol, plan } = context;
  const entries = [
      ...protocol.glossary.map((entry) => ({ id: entry.id, term: t(glossaryTermKey(entry.id)), definition: t(glossaryDefinitionKey(entry.id)) })),
      ...plan.contacts
        .filter((c) => c.abbreviation.toLocaleLowerCase(lang) !== c.name.toLocaleLowerCase(lang))
        .map((c) => ({ id: `contact-${c.id}`, term: c.abbreviation, definition: [c.name, ...c.facts, c.inSteps].join('. ') + '.' })),
  ].sort((a, b) => a.term.localeCompare(b.term, lang));
  return {
    ...sectorPageTools(context).section('glossary', t('ui:glossary.heading'), [entries.map((entry) => entry.term).join(', ')]),
    entries,
  };
}
