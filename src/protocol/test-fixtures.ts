// A tiny protocol and sector for tests of the validator and the graph code,
// and a helper that writes Dutch text for every key a protocol needs.
import { sectorTexts } from './apply-sector.ts';
import { protocolTexts } from './keys.ts';
import type { Resources } from './resources.ts';
import type { Protocol, Sector } from './types.ts';

export function tinyProtocol(): Protocol {
  return {
    id: 'tiny',
    version: '1',
    published: '2026-01-01',
    source: 'seed',
    sources: [{ id: 'seed', title: 'Seed', issuedBy: 'Tests', location: 'here' }],
    introduction: ['about'],
    start: 'ask',
    steps: [
      { id: 'ask', phase: 'standard', responsibility: 'every-worker', items: [{ id: 'talk', kind: 'do' }], next: 'check' },
      {
        id: 'check',
        phase: 'standard',
        responsibility: 'every-worker',
        items: [{ id: 'note', kind: 'record' }],
        decision: { branches: [{ id: 'fine', to: 'support' }, { id: 'worried', to: 'escalate' }] },
      },
      { id: 'support', phase: 'follow-up', responsibility: 'team-or-network', outcome: 'support', items: [{ id: 'help', kind: 'do' }] },
      {
        id: 'escalate',
        phase: 'follow-up',
        responsibility: 'team-or-network',
        outcome: 'escalation',
        items: [{ id: 'call', kind: 'contact', contacts: ['vk'] }],
      },
    ],
    contacts: [{ id: 'vk', mandated: true, anonymousConsultation: true }],
    glossary: [{ id: 'term' }],
  };
}

export function tinySector(overrides: Partial<Sector> = {}): Sector {
  return { id: 'house', source: 'seed', terms: ['client'], ...overrides };
}

/** Dutch text for every key the protocol and sectors need, as nested JSON by namespace. */
export function textsFor(protocol: Protocol, sectors: readonly Sector[]): Record<string, Record<string, unknown>> {
  const resources: Record<string, Record<string, unknown>> = {};
  const keys = [...protocolTexts(protocol), ...sectors.flatMap((s, i) => sectorTexts(s, i))].map((t) => t.key);
  for (const key of keys) {
    const [namespace, path] = key.split(':') as [string, string];
    let node = (resources[namespace] ??= {});
    const parts = path.split('.');
    parts.slice(0, -1).forEach((part) => (node = (node[part] ??= {}) as Record<string, unknown>));
    node[parts.at(-1)!] = `tekst voor ${path}`;
  }
  return resources;
}

export function validInput(protocol = tinyProtocol(), sectors: readonly Sector[] = [tinySector()]) {
  return { protocol, sectors, source: textsFor(protocol, sectors) as Resources };
}
