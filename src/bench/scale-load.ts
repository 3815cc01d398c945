// A generated load for the scale bench: `sectors` sectors × `languages`
// languages in a temporary locales folder. Extra sectors are copies of the
// justice-house sector under new ids (`sector-03` …) with its words; extra
// languages are copies of Dutch under codes reserved for local use (`qaa` …),
// `reviewed: false`, with their source hashes accepted so that nothing falls
// back (the words are Dutch, so every card still fits its panel). Local
// editions (`edition-001` …) take turns among the sectors, each with numbers
// for every contact and one local contact: made-up numbers, in a temporary
// folder, never published.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLocale, SOURCE_HASHES_FILE, SOURCE_LANGUAGE, type LocaleMeta } from '../i18n/load-locales.ts';
import { acceptTranslations } from '../i18n/status.ts';
import type { Resources } from '../protocol/resources.ts';
import type { Sector } from '../protocol/types.ts';
import { sectors as realSectors } from '../sectors/index.ts';

export interface ScaleLoad {
  localesDir: string;
  sectors: Sector[];
  languages: string[];
  /** A temporary editions folder, with `editions` files (empty for none). */
  editionsDir: string;
}

/** `qaa`, `qab`, … `qtz`: ISO 639-2 codes reserved for local use, so no real language is shadowed. */
export function pseudoLanguageCode(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return `q${letters[Math.floor(i / 26)]}${letters[i % 26]}`;
}

/** The sectors of a load: the real ones first, then copies of the first under `sector-03` …. */
export function scaleSectors(count: number): Sector[] {
  const base: Sector[] = [...realSectors];
  return Array.from({ length: count }, (_, i) => base[i] ?? { ...base[0]!, id: `sector-${String(i + 1).padStart(2, '0')}` });
}

/**
 * The Dutch resources for these sectors: words of real sectors left out are
 * dropped (validation rejects text for a sector that is not built), copies
 * get the first sector's words.
 */
export function scaleResources(nl: Resources, sectors: readonly Sector[]): Resources {
  const kept = new Set(sectors.map((s) => s.id));
  const dropped = new Set(realSectors.map((s) => s.id).filter((id) => !kept.has(id)));
  const strip = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => ![...dropped].some((id) => key.endsWith(`_${id}`)))
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  const resources = strip(nl) as Record<string, Record<string, unknown>>;
  const words = { ...(resources['sectors'] ?? {}) };
  for (const id of dropped) delete words[id];
  const template = (nl as Record<string, Record<string, unknown>>)['sectors']?.[realSectors[0]!.id] as Record<string, unknown>;
  for (const sector of sectors) words[sector.id] ??= { ...template, name: `Sector ${sector.id.slice('sector-'.length)}` };
  return { ...resources, sectors: words } as Resources;
}

function writeLocale(dir: string, lang: string, meta: LocaleMeta, resources: Resources, source: Resources): void {
  mkdirSync(join(dir, lang));
  for (const [namespace, tree] of Object.entries(resources)) writeFileSync(join(dir, lang, `${namespace}.json`), JSON.stringify(tree));
  writeFileSync(join(dir, lang, 'meta.json'), JSON.stringify(meta));
  const hashes = lang === SOURCE_LANGUAGE ? {} : acceptTranslations(source, { lang, name: meta.name, reviewed: meta.reviewed, resources });
  writeFileSync(join(dir, lang, SOURCE_HASHES_FILE), JSON.stringify(hashes));
}

/** An edition of the load: valid, with every contact's details, like a coordinator's. */
export function scaleEdition(i: number, sectors: readonly Sector[]) {
  const n = String(i + 1).padStart(3, '0');
  const phone = (line: number) => `+32 9 2${String(10 + line).padStart(2, '0')} ${n.slice(0, 1)}${n.slice(1, 2)} ${n.slice(2)}0`;
  return {
    sector: sectors[i % sectors.length]!.id,
    name: { nl: `Editie ${n}` },
    contacts: {
      vk: { phone: phone(0), email: `vk-${n}@example.org`, hours: { nl: 'ma–vr 9–17 u' } },
      ocj: { phone: phone(1) },
      parket: { phone: phone(2), url: `https://example.org/parket-${n}` },
    },
    local: [{ id: 'ambassador', name: { nl: 'Kindreflex-ambassadeur' }, person: `Persoon ${n}`, phone: phone(3), email: `ambassadeur-${n}@example.org` }],
  };
}

/** Writes the load's locales (and editions) into new temporary folders. */
export function writeScaleLoad(realLocalesDir: string, sectorCount: number, languageCount: number, editionCount = 0): ScaleLoad {
  const sectors = scaleSectors(sectorCount);
  const source = loadLocale(realLocalesDir, SOURCE_LANGUAGE);
  const nl = scaleResources(source.resources, sectors);
  const dir = mkdtempSync(join(tmpdir(), 'kr-scale-'));
  const languages = [SOURCE_LANGUAGE, ...Array.from({ length: languageCount - 1 }, (_, i) => pseudoLanguageCode(i))];
  for (const lang of languages) {
    const meta: LocaleMeta = lang === SOURCE_LANGUAGE ? source.meta : { name: `Pseudo ${lang}`, dir: 'ltr', reviewed: false };
    writeLocale(dir, lang, meta, nl, nl);
  }
  const editionsDir = mkdtempSync(join(tmpdir(), 'kr-scale-editions-'));
  for (let i = 0; i < editionCount; i++) {
    writeFileSync(join(editionsDir, `edition-${String(i + 1).padStart(3, '0')}.json`), JSON.stringify(scaleEdition(i, sectors)));
  }
  return { localesDir: dir, sectors, languages, editionsDir };
}
