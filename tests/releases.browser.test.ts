// Releases in a copy of the project (issue 29): release 1.0 is the committed
// one; for 1.1 an item of step 4 is reworded (justice houses only), an item is
// added to step 5 (justice houses only) and a branch of step 4 sent
// elsewhere (both sectors); for 1.2 a local edition's phone number changes.
// Its own builds, since the shared build has release 1.0 only: at 1.1 with
// the cards printed for real (the QR code is read from the PDF) and no other
// product, at 1.2 with stand-ins; Dutch and French only. Every bad input of
// `npm run release` is refused with nothing written.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale } from '../src/i18n/load-locales.ts';
import { languageStatus, sourceHash } from '../src/i18n/status.ts';
import { build } from '../src/pipeline/build.ts';
import { preparePublication, printsOf } from '../src/pipeline/publication.ts';
import { makeRelease } from '../src/pipeline/release-command.ts';
import { kindreflex } from '../src/protocol/kindreflex.ts';
import type { PublicationDefinition } from '../src/protocol/definition.ts';
import { PRODUCTS } from '../src/products/registry.ts';
import { gevangenis } from '../src/sectors/gevangenis.ts';
import { justitiehuis } from '../src/sectors/justitiehuis.ts';
import { decodeQr } from './helpers/pdf-tools.ts';
import { projectCopy } from './helpers/project-copy.ts';
import { brokenLinks, htmlProblems } from './helpers/site-checks.ts';
import { sitePages } from './helpers/site-files.ts';
import { stubDiagrams, withoutBrowser } from './helpers/stubs.ts';

const SITE = 'https://www.kindreflex.be/stappenplan/';
const copy = projectCopy('kr-releases-');
for (const lang of ['en', 'de']) rmSync(join(copy, 'locales', lang), { recursive: true });
const editionsDir = join(copy, 'editions');
mkdirSync(editionsDir, { recursive: true });
const editionFile = join(editionsDir, 'justitiehuis-voorbeeldstad.json');
cpSync(join(import.meta.dirname, 'fixtures', 'editions', 'justitiehuis-voorbeeldstad.json'), editionFile);
const releasesDir = join(copy, 'releases');
const localesDir = join(copy, 'locales');

function editJson(file: string, change: (data: Record<string, any>) => void): void {
  // any: the test edits a few known fields of a locale or edition file.
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  change(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** 1.1's definition: step 5 gains an item for the justice houses; step 4's "safe" branch now leads to step 5. */
const definition: PublicationDefinition = {
  protocol: {
    ...kindreflex,
    steps: kindreflex.steps.map((step) =>
      step.id === 'step-4' ? { ...step, decision: { branches: step.decision!.branches.map((b) => (b.id === 'safe' ? { ...b, to: 'step-5' } : b)) } } : step,
    ),
  },
  sectors: [{ ...justitiehuis, addsItems: [{ step: 'step-5', item: { id: 'plan-follow-up', kind: 'do' } }] }, gevangenis],
};
const input = { definition, localesDir, editionsDir, releasesDir };
const OLD_NL = 'Verzamel extra gegevens om een inschatting te kunnen maken van de situatie.';
const NEW_NL = 'Verzamel extra gegevens over de kinderen, thuis en op school.';
const NEW_FR = 'Rassemblez des informations supplémentaires sur les enfants, à la maison et à l’école.';

function writeRelease11(): void {
  const step4 = (lang: string, text: string) =>
    editJson(join(localesDir, lang, 'protocol.json'), (d) => {
      // The justice houses' own wording (an i18next context): the prisons keep theirs.
      d['steps']['step-4']['items']['gather-information_justitiehuis'] = text;
      if (lang === 'nl') d['steps']['step-5']['items']['plan-follow-up'] = 'Plan een opvolggesprek binnen de maand.';
    });
  step4('nl', NEW_NL);
  step4('fr', NEW_FR);
  // The French wording is marked up to date with the new Dutch, as `npm run i18n:status -- --accept fr` would.
  editJson(join(localesDir, 'fr', '.source-hashes.json'), (d) => {
    d['protocol:steps.step-4.items.gather-information_justitiehuis'] = sourceHash(NEW_NL);
  });
  writeFileSync(join(localesDir, 'nl', 'releases.json'), '{ "1.1": "Stap 4 en 5 volgen de nieuwe afspraken." }\n');
  makeRelease({ ...input, version: '1.1', date: '2027-01-15' });
}

const text = (outDir: string, path: string) =>
  readFileSync(join(outDir, 'site', path, 'index.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\s\u00A0]+/g, ' ');

describe('release 1.1 of a sector', () => {
  let outDir: string;
  let cards: ReturnType<typeof printsOf>;

  beforeAll(async () => {
    writeRelease11();
    outDir = join(mkdtempSync(join(tmpdir(), 'kr-releases-out-')), 'output');
    const card = PRODUCTS.filter((p) => p.id === 'card');
    const result = await build({ root: copy, outDir, ...input, products: card, renderDiagrams: stubDiagrams, cache: false });
    cards = printsOf(result.publication, 'card');
  }, 300_000);

  it('takes its version and date from the latest release', () => {
    expect(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')).protocol).toEqual({ id: 'kindreflex', version: '1.1', published: '2027-01-15' });
    expect(text(outDir, 'nl/justitiehuis/about')).toContain('Versie 1.1, gepubliceerd op 15 januari 2027');
  });

  it("lists the three changes on the sector's 1.0 page in Dutch, with the old and the new wording", () => {
    const page = text(outDir, 'nl/justitiehuis/versions/1.0');
    expect(page).toContain('Je hebt versie 1.0 van 29 november 2026.');
    expect(page).toContain('Sindsdien is er versie 1.1 van 15 januari 2027.');
    expect(page).toContain(`Stap 4: actie anders verwoord. Was: ${OLD_NL}`);
    expect(page).toContain(`Nu: ${NEW_NL}`);
    expect(page).toContain('Stap 4: een keuze leidt nu naar stap 5 (was stap 3). Keuze: Is de thuissituatie veilig?');
    expect(page).toContain('Stap 5: nieuwe actie. Nu: Plan een opvolggesprek binnen de maand.');
  });

  it('lists them in French too, with the French wording', () => {
    const page = text(outDir, 'fr/justitiehuis/versions/1.0');
    expect(page).toContain('Vous avez la version 1.0 du 29 novembre 2026.');
    expect(page).toContain('Étape 4 : action reformulée. Avant : Rassemblez des informations supplémentaires pour pouvoir évaluer la situation.');
    expect(page).toContain(`Maintenant : ${NEW_FR}`);
    expect(page).toContain('Étape 4 : un choix mène maintenant à l’étape 5 (avant : étape 3).');
  });

  it('says on the 1.1 page that it is current, and the card says version 1.1', () => {
    const page = text(outDir, 'nl/justitiehuis/versions/1.1');
    expect(page).toContain('Je hebt versie 1.1 van 15 januari 2027. Dit is de huidige versie.');
    expect(page).not.toContain('Sindsdien');
    expect(cards.find((c) => c.lang === 'nl' && c.sector === 'justitiehuis')!.card.edition).toBe('Versie 1.1, gepubliceerd op 15 januari 2027');
  });

  it("opens the 1.1 page from the 1.1 card's QR code", () => {
    const card = cards.find((c) => c.lang === 'nl' && c.sector === 'justitiehuis')!;
    expect(decodeQr(join(outDir, 'site', card.pdf), 2)).toBe(`${SITE}nl/justitiehuis/versions/1.1/`);
  });

  it("tells the other sector's 1.0 page only its own change, and which of its products stay current", () => {
    const page = text(outDir, 'nl/gevangenis/versions/1.0');
    expect(page).toContain('Stap 4: een keuze leidt nu naar stap 5 (was stap 3).');
    expect(page).not.toContain('actie anders verwoord');
    expect(page).not.toContain('nieuwe actie');
    // A branch is on every product: none stays current.
    expect(page).toContain('Niet meer actueel');
    expect(page).not.toContain('Nog actueel');
  });

  it('writes valid HTML with no broken link on every version page', async () => {
    const pages = sitePages(join(outDir, 'site')).filter((p) => p.file.includes('/versions/'));
    expect(pages.length).toBe(2 * 3 * 3 - 2); // nl, fr × sectors and the edition × history, 1.0, 1.1; the edition is in 1.1 only
    expect(await htmlProblems(pages)).toEqual([]);
    expect(brokenLinks(join(outDir, 'site'), pages)).toEqual([]);
  });

  it('shows the history newest first, with the note, and the about page links it', () => {
    const page = text(outDir, 'nl/justitiehuis/versions');
    expect(page.indexOf('Versie 1.1 van 15 januari 2027')).toBeLessThan(page.indexOf('Versie 1.0 van 29 november 2026'));
    expect(page).toContain('Stap 4 en 5 volgen de nieuwe afspraken.');
    // The notes are no texts to translate: a language without one is not missing a text in i18n:status.
    const fr = loadLocale(localesDir, 'fr');
    const status = languageStatus(loadLocale(localesDir, 'nl').resources, { lang: 'fr', name: fr.meta.name, reviewed: false, resources: fr.resources, sourceHashes: fr.sourceHashes });
    expect(status.missing).toEqual(['protocol:steps.step-5.items.plan-follow-up']); // the new item, not yet translated
    expect(page).toContain('De eerste versie.');
    expect(readFileSync(join(outDir, 'site', 'nl/justitiehuis/about/index.html'), 'utf8')).toContain('href="../versions/index.html"');
  });
});

describe('release 1.2: one local edition’s phone number', () => {
  let outDir: string;

  beforeAll(async () => {
    if (!existsSync(join(releasesDir, '1.1.json'))) writeRelease11();
    editJson(editionFile, (d) => {
      d['contacts']['vk']['phone'] = '+32 9 210 10 99';
    });
    makeRelease({ ...input, version: '1.2', date: '2027-02-01' });
    outDir = join(mkdtempSync(join(tmpdir(), 'kr-releases-out-')), 'output');
    await build({ root: copy, outDir, ...input, ...withoutBrowser, cache: false });
  }, 300_000);

  it("makes only that edition's 1.1 page say out of date, naming the old and new number and what stays current", () => {
    const page = text(outDir, 'nl/justitiehuis-voorbeeldstad/versions/1.1');
    expect(page).toContain('Sindsdien is er versie 1.2 van 1 februari 2027.');
    expect(page).toContain('Vertrouwenscentrum Kindermishandeling (VK): telefoonnummer gewijzigd. Was: 09 210 10 10 Nu: 09 210 10 99');
    const edition = 'Justitiehuis Voorbeeldstad';
    expect(page).toContain(`Niet meer actueel (download de nieuwe versie): Zakkaart: ${edition} Snijvel met 4 zakkaarten: ${edition} Stappenplan A4: ${edition} Nog actueel: Affiche: ${edition} Werkchecklist: ${edition}`);
    for (const sector of ['justitiehuis', 'gevangenis']) {
      const other = text(outDir, `nl/${sector}/versions/1.1`);
      expect(other, sector).toContain('veranderde niets');
      expect(other, sector).not.toContain('Niet meer actueel');
    }
  });
});

describe('npm run release refuses bad input and writes nothing', () => {
  const files = () => readdirSync(releasesDir).sort();

  function refused(options: Parameters<typeof makeRelease>[0], message: RegExp): void {
    const before = files();
    expect(() => makeRelease(options)).toThrow(message);
    expect(files()).toEqual(before);
  }

  it('a version that is not newer than the last, compared as numbers', () => {
    refused({ ...input, version: '1.0', date: '2027-06-01' }, /'1\.0' is not newer than the last release/);
  });

  it('a date before the last release', () => {
    refused({ ...input, version: '9.0', date: '2026-01-01' }, /2026-01-01 is before the last release's date/);
  });

  it('a release edited into something the schema refuses, naming the file; the build refuses it too', async () => {
    const file = join(releasesDir, '1.0.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"published": "2026-11-29"', '"published": 20261129'));
    try {
      refused({ ...input, version: '9.0', date: '2027-06-01' }, /releases\/1\.0\.json: published: must be string/);
      const outDir = join(mkdtempSync(join(tmpdir(), 'kr-releases-bad-')), 'output');
      await expect(build({ root: copy, outDir, ...input, ...withoutBrowser })).rejects.toThrow(/1\.0\.json: published/);
      expect(existsSync(outDir)).toBe(false);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('a release note without the Dutch one', () => {
    const note = join(localesDir, 'fr', 'releases.json');
    writeFileSync(note, '{ "9.0": "Une note." }\n');
    try {
      refused({ ...input, version: '9.0', date: '2027-06-01' }, /fr\/releases\.json: 9\.0: a release note for 9\.0 without the Dutch one/);
    } finally {
      rmSync(note);
    }
  });
});

describe('what the build says about the releases', () => {
  const emptyReleases = () => mkdtempSync(join(tmpdir(), 'kr-no-releases-'));

  it('nothing when the content is the latest release’s; that it changed since, when it did', () => {
    expect(preparePublication(input).releaseHint).toBeUndefined();
    const file = join(localesDir, 'nl', 'protocol.json');
    const original = readFileSync(file, 'utf8');
    editJson(file, (d) => {
      d['steps']['step-6']['title'] = 'Schakel een gemandateerde voorziening in';
    });
    try {
      expect(preparePublication(input).releaseHint).toMatch(/the content has changed since release 1\.2 .*npm run release -- 1\.3/);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('without any release: the definition’s version, and once how to make the first release', () => {
    const publication = preparePublication({ ...input, releasesDir: emptyReleases(), definition: { ...definition, protocol: { ...definition.protocol, version: '0.9', published: '2026-10-01' } } });
    expect(publication.version).toBe('0.9');
    expect(publication.releaseHint).toContain('no release yet');
    expect(publication.releaseHint).toContain('npm run release -- 0.9');
  });

  it('refuses a definition without a version and no release, and one with a version beside the releases', () => {
    expect(() => preparePublication({ ...input, releasesDir: emptyReleases() })).toThrow(/there is no release, and the definition gives no version and date[\s\S]*npm run release -- 1\.0/);
    expect(() => preparePublication({ ...input, definition: { ...definition, protocol: { ...definition.protocol, version: '1.0', published: '2026-11-29' } } })).toThrow(
      /remove `version` and `published` from the definition/,
    );
  });
});
