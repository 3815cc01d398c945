// A sector's plan: the protocol with the sector's own items added and dropped.
// Wording differences are not applied here: they are i18next contexts.
import { itemKey, sectorNameKey, sectorPartnerKey, sectorTermKey, introductionKey, type ModelText } from './keys.ts';
import type { ChecklistItem, Protocol, Sector, Step } from './types.ts';

export function applySector<S extends string>(protocol: Protocol<S>, sector: Sector<S>): Protocol<S> {
  const steps = protocol.steps.map((step): Step<S> => {
    const dropped = new Set(sector.dropsItems?.filter((d) => d.step === step.id).map((d) => d.item));
    let items: ChecklistItem[] = step.items.filter((item) => !dropped.has(item.id));
    for (const add of sector.addsItems ?? []) {
      if (add.step !== step.id) continue;
      const item = { ...add.item, source: add.item.source ?? sector.source };
      const at = add.after === undefined ? -1 : items.findIndex((i) => i.id === add.after);
      items = at === -1 ? [...items, item] : [...items.slice(0, at + 1), item, ...items.slice(at + 1)];
    }
    return { ...step, items };
  });
  return { ...protocol, introduction: [...protocol.introduction, ...(sector.addsIntroduction ?? [])], steps };
}

/** The texts a sector itself needs: its name, its terms, its partners, what it adds. */
export function sectorTexts(sector: Sector, index: number): ModelText[] {
  const at = `sectors[${index}]`;
  return [
    { key: sectorNameKey(sector.id), path: at },
    ...sector.terms.map((term, t) => ({ key: sectorTermKey(sector.id, term), path: `${at}.terms[${t}]` })),
    ...(sector.partners ?? []).map((p, i) => ({ key: sectorPartnerKey(sector.id, p), path: `${at}.partners[${i}]` })),
    ...(sector.addsIntroduction ?? []).map((p, i) => ({ key: introductionKey(p), path: `${at}.addsIntroduction[${i}]` })),
    ...(sector.addsItems ?? []).map((a, i) => ({ key: itemKey(a.step, a.item.id), path: `${at}.addsItems[${i}]` })),
  ];
}
