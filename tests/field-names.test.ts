// The build stops before printing when two of the checklist's form fields
// would share a name (src/views/checklist.test.ts names the view's own error).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePublication } from '../src/pipeline/publication.ts';
import { FieldNameCollisionError } from '../src/views/field-names.ts';
import { kindreflex } from '../src/protocol/kindreflex.ts';
import type { Protocol } from '../src/protocol/types.ts';
import { sectors } from '../src/sectors/index.ts';

describe('the working checklist in a build', () => {
  it('fails the build when two fields would share a name, naming both items', () => {
    // An item with the id 'decision' in a step with a decision: both would be 'step-4.decision'.
    const clash: Protocol = {
      ...kindreflex,
      steps: kindreflex.steps.map((s) => (s.id === 'step-4' ? { ...s, items: [...s.items, { id: 'decision', kind: 'do' as const }] } : s)),
    };
    const localesDir = mkdtempSync(join(tmpdir(), 'kr-clash-'));
    cpSync('locales', localesDir, { recursive: true });
    const file = join(localesDir, 'nl', 'protocol.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.steps['step-4'].items.decision = 'Beslis.';
    writeFileSync(file, JSON.stringify(json));
    const prepare = () => preparePublication({ definition: { protocol: clash, sectors }, localesDir, siteUrl: 'https://example.org/' });
    expect(prepare).toThrow(FieldNameCollisionError);
    expect(prepare).toThrow(/both named 'step-4.decision': steps\[3\]\.items\[8\] \('decision' in step-4\) and steps\[3\]\.decision \('safe' in step-4\)/);
  });
});
