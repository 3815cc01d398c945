import { describe, expect, it } from 'vitest';
import { flatten, interpolationVariables, lookup } from './resources.ts';

const resources = {
  protocol: { steps: { a: { title: 'Algemeen', title_gevangenis: 'Gevangenis' } }, nested: { deep: { key: 'x' } } },
};

describe('lookup', () => {
  it('prefers the sector context and falls back to the generic key', () => {
    expect(lookup(resources, 'protocol:steps.a.title', 'gevangenis')).toEqual({ key: 'protocol:steps.a.title_gevangenis', value: 'Gevangenis' });
    expect(lookup(resources, 'protocol:steps.a.title', 'justitiehuis')).toEqual({ key: 'protocol:steps.a.title', value: 'Algemeen' });
  });
  it('finds nothing for a missing key or a key that names an object', () => {
    expect(lookup(resources, 'protocol:steps.b.title')).toBeUndefined();
    expect(lookup(resources, 'protocol:steps.a')).toBeUndefined();
    expect(lookup(resources, 'ui:steps.a.title')).toBeUndefined();
  });
});

describe('flatten', () => {
  it('lists every string with its namespaced key', () => {
    expect([...flatten(resources).keys()]).toEqual(['protocol:steps.a.title', 'protocol:steps.a.title_gevangenis', 'protocol:nested.deep.key']);
  });
});

describe('interpolationVariables', () => {
  it('finds plain and formatted variables', () => {
    expect(interpolationVariables('{{staffPlural, capitalize}} helpen de {{ client }}.')).toEqual(['staffPlural', 'client']);
    expect(interpolationVariables('geen variabelen')).toEqual([]);
  });
});
