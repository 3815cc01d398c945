import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xml2js } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { MAX_XLIFF_BYTES, parseXml, untrustedXmlText, XliffInputError } from './untrusted-xml.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The problems a text is refused with, or [] when it passes. */
function refusal(text: string | Uint8Array): string[] {
  try {
    untrustedXmlText('in.xlf', typeof text === 'string' ? bytes(text) : text);
    return [];
  } catch (error) {
    if (error instanceof XliffInputError) return [...error.problems];
    throw error;
  }
}

/** A file of this machine that a hostile file would try to read into a translation. */
function secretFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kr-secret-')), 'secret.txt');
  writeFileSync(file, 'SECRET-ON-THIS-MACHINE');
  return file;
}

const external = (file: string) =>
  `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY leak SYSTEM "file://${file}">]>\n<xliff version="2.0" srcLang="nl" trgLang="fr"><file id="ui"><unit id="a"><segment><source>x</source><target>&leak;</target></segment></unit></file></xliff>`;

const laughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>',
  '<xliff version="2.0" srcLang="nl" trgLang="fr"><file id="ui"><unit id="a"><segment><source>x</source><target>&lol9;</target></segment></unit></file></xliff>',
].join('\n');

describe('a returned file is untrusted input', () => {
  it('refuses a DOCTYPE with an external entity before parsing, naming line and column', () => {
    const problems = refusal(external(secretFile()));
    expect(problems.join('\n')).toMatch(/^2:1: refused: a DOCTYPE/m);
    expect(problems.join('\n')).toMatch(/2:\d+: refused: an entity declaration/);
  });

  it('refuses a nested-entity expansion ("billion laughs") before parsing', () => {
    expect(refusal(laughs).join('\n')).toMatch(/refused: a DOCTYPE/);
  });

  it('refuses an entity reference without a declaration, an XInclude and a style sheet', () => {
    expect(refusal('<xliff>&nbsp;</xliff>')).toEqual(['1:8: refused: the entity reference "&nbsp;": only &amp; &lt; &gt; &quot; &apos; and character references (&#233;) are allowed. Write the character itself']);
    expect(refusal('<xliff xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd"/></xliff>')[0]).toMatch(/XInclude/);
    expect(refusal('<?xml-stylesheet href="http://example.org/x.xsl"?><xliff/>')[0]).toMatch(/style sheet/);
  });

  it('lets XML\'s own entities, character references and a "&" in a comment or CDATA pass', () => {
    expect(refusal('<a>&amp; &lt; &#233; &#xE9;<!-- & --><![CDATA[ & ]]></a>')).toEqual([]);
  });

  it('refuses a file over the size limit, UTF-16 and bytes that are not UTF-8', () => {
    expect(refusal(new Uint8Array(MAX_XLIFF_BYTES + 1))[0]).toMatch(/over the limit/);
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))[0]).toMatch(/UTF-16/);
    expect(refusal(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c]))[0]).toMatch(/not UTF-8/);
    expect(refusal('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')[0]).toMatch(/encoding "ISO-8859-1"/);
  });

  it('names the line and column of XML that is not well-formed', () => {
    const error = (() => {
      try {
        parseXml('in.xlf', '<xliff>\n  <file>\n    <unit></file>\n</xliff>');
      } catch (e) {
        return e as XliffInputError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(XliffInputError);
    expect(error!.problems[0]).toMatch(/^3:\d+: not well-formed XML/);
  });
});

describe('the XML parser itself (xml-js on sax), handed what the guard refuses', () => {
  // Proof that the parser would not leak or explode either: it neither reads
  // the DTD's external entity nor expands declared entities.
  const parsed = (text: string) => {
    try {
      return JSON.stringify(xml2js(text, { compact: false, captureSpacesBetweenElements: true }));
    } catch (error) {
      return `refused: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  it('never reads a file of the machine into the text', () => {
    const result = parsed(external(secretFile()));
    expect(result).not.toContain('SECRET-ON-THIS-MACHINE');
  });

  it('does not expand nested entities', () => {
    const result = parsed(laughs);
    expect(result).not.toContain('lollol');
    expect(result.length).toBeLessThan(5_000);
  });
});
