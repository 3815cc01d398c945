import type { PhaseLinksView } from '../../src/views/sector-page.ts';

/** The six steps as a numbered list per phase, each a link; the current one marked. */
export function StepMap({ phases, currentLabel, detailed }: { phases: PhaseLinksView[]; currentLabel?: string; detailed?: boolean }) {
  return (
    <div class={`kr-step-map${detailed ? ' kr-step-map--detailed' : ''}`}>
      {phases.map((phase) => (
        <div class={`kr-step-map__phase kr-step-map__phase--${phase.phase}`}>
          <h3 class="kr-step-map__heading">{phase.heading}</h3>
          <ol class="kr-step-map__steps">
            {phase.steps.map((step) => (
              <li class={`kr-step-map__step${step.current ? ' kr-step-map__step--current' : ''}`}>
                <a class="kr-step-map__link" href={step.href} aria-current={step.current ? 'step' : undefined}>
                  <span class="kr-step-map__label">{step.label}</span> {step.title}
                </a>
                {step.current && currentLabel && <span class="kr-step-map__current"> {currentLabel}</span>}
                {detailed && <p class="kr-step-map__responsibility">{step.responsibility}</p>}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
