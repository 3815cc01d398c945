// The Kindreflex six-step plan, as in "De Kindreflex in justitiehuizen"
// (shared/seeds/000_bf3469d754b8055b.txt). Structure only: the Dutch text of
// every id below is in locales/nl/protocol.json under the same id.
import type { Protocol } from './types.ts';

export type KindreflexStepId = 'step-1' | 'step-2' | 'step-3' | 'step-4' | 'step-5' | 'step-6';

export const kindreflex = {
  id: 'kindreflex',
  // The version and date are the latest release's (releases/<version>.json,
  // `npm run release`, docs/releases.md), not written here.
  source: 'kindreflex-justitiehuizen',
  sources: [
    {
      id: 'kindreflex-justitiehuizen',
      title: 'De Kindreflex in justitiehuizen',
      issuedBy: 'LUCAS KU Leuven, in opdracht van het Steunpunt Welzijn, Volksgezondheid en Gezin',
      location: 'shared/seeds/000_bf3469d754b8055b.txt; kindreflex.be/stappenplan',
    },
    {
      id: 'kindreflex-gevangenissen',
      title: 'Kindreflex met toepassing in gevangenissen (projectfiche)',
      issuedBy: 'Vlaams expertisecentrum, met financiële ondersteuning vanuit Fonds Futter',
      location: 'shared/seeds/004_f7f0dca474320b4f.txt',
    },
  ],
  introduction: ['method', 'detect', 'six-steps', 'for-whom', 'shared-responsibility', 'standard-practice'],
  start: 'step-1',
  steps: [
    {
      id: 'step-1',
      phase: 'standard',
      responsibility: 'every-worker',
      items: [
        { id: 'standard-theme', kind: 'do' },
        { id: 'ask-about-children', kind: 'do', card: true },
        { id: 'note-children', kind: 'record' },
      ],
      next: 'step-2',
    },
    {
      id: 'step-2',
      phase: 'standard',
      responsibility: 'every-worker',
      items: [
        { id: 'consult-colleagues', kind: 'consult', card: true },
        { id: 'note-uneasy-feeling', kind: 'record', card: true },
      ],
      decision: {
        branches: [
          { id: 'no-doubts', to: 'step-3' },
          { id: 'uneasy-or-unclear', to: 'step-4' },
        ],
      },
    },
    {
      id: 'step-3',
      phase: 'follow-up',
      responsibility: 'team-or-network',
      outcome: 'support',
      items: [
        { id: 'ask-regularly', kind: 'do', card: true },
        { id: 'discuss-impact', kind: 'do' },
        { id: 'support-resilience', kind: 'do' },
        { id: 'involve-children', kind: 'do' },
        { id: 'involve-context', kind: 'do' },
        { id: 'involve-other-service', kind: 'do' },
        { id: 'note-support', kind: 'record', card: true },
      ],
    },
    {
      id: 'step-4',
      phase: 'follow-up',
      responsibility: 'team-or-network',
      items: [
        { id: 'gather-information', kind: 'do' },
        { id: 'listen-to-key-figures', kind: 'do' },
        { id: 'discuss-with-colleague', kind: 'consult' },
        { id: 'consult-vk-ocj', kind: 'contact', contacts: ['vk', 'ocj'], anonymous: true, card: true },
        { id: 'name-concerns', kind: 'do' },
        { id: 'decide-as-team', kind: 'consult' },
        { id: 'note-concern-and-willingness', kind: 'record', card: true },
        { id: 'stay-within-competence', kind: 'caution' },
      ],
      decision: {
        branches: [
          { id: 'safe', to: 'step-3' },
          { id: 'worrying-willing', to: 'step-5' },
          { id: 'worrying-unable-or-danger', to: 'step-6' },
        ],
      },
    },
    {
      id: 'step-5',
      phase: 'follow-up',
      responsibility: 'team-or-network',
      items: [
        { id: 'create-safety', kind: 'do', card: true },
        { id: 'work-with-context', kind: 'do' },
        { id: 'help-for-children', kind: 'do' },
        { id: 'consult-vk-ocj', kind: 'contact', contacts: ['vk', 'ocj'], anonymous: true },
        { id: 'discuss-parenthood', kind: 'do' },
        { id: 'note-progress', kind: 'record', card: true },
      ],
      decision: {
        branches: [
          { id: 'improves', to: 'step-3' },
          { id: 'not-restored', to: 'step-6' },
        ],
      },
    },
    {
      id: 'step-6',
      phase: 'follow-up',
      responsibility: 'team-or-network',
      outcome: 'escalation',
      items: [
        { id: 'inform-client', kind: 'do', card: true },
        { id: 'contact-mandated-service', kind: 'contact', contacts: ['vk', 'ocj', 'parket'], card: true },
        { id: 'note-follow-up', kind: 'record' },
        { id: 'agree-actions', kind: 'consult' },
      ],
    },
  ],
  contacts: [
    { id: 'vk', mandated: true, anonymousConsultation: true },
    { id: 'ocj', mandated: true, anonymousConsultation: true },
    { id: 'parket', mandated: false, anonymousConsultation: false },
  ],
  glossary: [
    { id: 'standard-steps' },
    { id: 'follow-up-steps' },
    { id: 'mandated-service' },
    { id: 'key-figures' },
    { id: 'context' },
  ],
} as const satisfies Protocol<KindreflexStepId>;
