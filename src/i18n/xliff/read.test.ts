import { describe, expect, it } from 'vitest';
import { readXliff } from './read.ts';

const read = (text: string) => readXliff('in.xlf', new TextEncoder().encode(text));

describe('reading a returned file as a CAT tool writes it', () => {
  it('2.0: joins a unit the tool split into segments, keeps the text of <mrk>, finds groups', () => {
    const file = read(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="de">
  <file id="ui"><notes><note>from the tool</note></notes>
    <group id="g1"><unit id="a.b">
      <originalData><data id="d1">{{number}}</data></originalData>
      <segment state="final"><source>Stap <ph id="number" dataRef="d1"/>.</source><target>Schritt <ph id="number"/>.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment state="final"><source>Klaar.</source><target><mrk id="m1" type="comment" value="ok">Fertig</mrk>.</target></segment>
    </unit></group>
  </file>
</xliff>`);
    expect(file.problems).toEqual([]);
    expect(file.units).toEqual([
      {
        namespace: 'ui',
        path: 'a.b',
        source: ['Stap ', { variable: 'number', code: '{{number}}' }, '. Klaar.'],
        target: ['Schritt ', { variable: 'number', code: '{{number}}' }, '. Fertig.'],
        final: true,
      },
    ]);
  });

  it('1.2: takes the native code of <ph>, the text of <mrk mtype="seg">, and signed-off as final', () => {
    const file = read(`<xliff version="1.2"><file original="ui" source-language="nl" target-language="fr" datatype="plaintext"><body>
      <trans-unit id="x"><source>Stap <ph id="n">{{number}}</ph></source>
        <target state="signed-off"><mrk mtype="seg" mid="1">Étape <ph id="n">{{number}}</ph></mrk></target></trans-unit>
      <trans-unit id="y"><source>Ja</source><target state="needs-translation"/></trans-unit>
    </body></file></xliff>`);
    expect(file.sourceLanguage).toBe('nl');
    expect(file.targetLanguage).toBe('fr');
    expect(file.units.map((u) => [u.path, u.target, u.final])).toEqual([
      ['x', ['Étape ', { variable: 'number', code: '{{number}}' }], true],
      ['y', [], false],
    ]);
  });

  it('names a placeholder that stands for no variable', () => {
    const file = read('<xliff version="2.0" srcLang="nl" trgLang="de"><file id="ui"><unit id="z"><segment><source>a</source><target>b <ph id="q"/></target></segment></unit></file></xliff>');
    expect(file.problems).toEqual(['ui:z: the placeholder <ph id="q"> stands for no {{variable}}: keep the source\'s placeholders as they are (copy them from the source)']);
  });

  it('refuses elements nested too deeply to walk, instead of failing', () => {
    const depth = 20_000;
    const text = `<xliff version="2.0" srcLang="nl" trgLang="de"><file id="ui"><unit id="z"><segment><source>a</source><target>${'<mrk id="m">'.repeat(depth)}b${'</mrk>'.repeat(depth)}</target></segment></unit></file></xliff>`;
    expect(() => read(text)).toThrow(/elements nested too deeply/);
  });
});
