// The layer rules of src/ (.dependency-cruiser.cjs): an import that points up
// the layers, a cycle between folders of src/, or src/ importing from scripts/
// or tests/ fails the suite, each named with the import at fault.
import { join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

it('src/ keeps its layers: no arrow up, no folder cycle, nothing from scripts/ or tests/', async () => {
  const previous = process.cwd();
  process.chdir(root); // dependency-cruiser resolves the paths it reports from here
  try {
    const config = await extractDepcruiseConfig(join(root, '.dependency-cruiser.cjs'));
    const { output } = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true });
    const violations = (output as ICruiseResult).summary.violations.map((v) =>
      `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((step) => step.name).join(' → ')})` : ''}`,
    );
    expect(violations).toEqual([]);
  } finally {
    process.chdir(previous);
  }
});
