import type { JSX } from 'preact';
import type { PhaseView, StepView } from '../../src/views/plan.ts';

/** One step of the plan: its checklist and the way on. */
export function Step({ step, labels }: { step: StepView; labels: { checklist: string; decision: string } }) {
  return (
    <article id={step.id} class={`kr-step kr-step--${step.phase}`} aria-labelledby={`${step.id}-title`}>
      <h4 id={`${step.id}-title`} class="kr-step__title">
        <span class="kr-step__label">{step.label}</span> {step.title}
      </h4>
      <p class="kr-step__responsibility">{step.responsibility}</p>
      <h5 class="kr-step__subheading">{labels.checklist}</h5>
      <ul class="kr-checklist">
        {step.items.map((item) => (
          <li id={`${step.id}-${item.id}`} class={`kr-checklist__item kr-checklist__item--${item.kind}`}>
            {item.lead && <><strong class="kr-checklist__kind">{item.lead}</strong> </>}
            {item.text}
          </li>
        ))}
      </ul>
      {step.exits.length > 0 && (
        <>
          <h5 class="kr-step__subheading">{labels.decision}</h5>
          <ul class="kr-decision">
            {step.exits.map((exit) => (
              <li class="kr-decision__branch" data-branch={exit.branch}>
                {exit.condition && <span class="kr-decision__condition">{exit.condition} </span>}
                <a class="kr-decision__link" href={`#${exit.to}`}>
                  {exit.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** The steps of the plan by phase, each phase a section with its heading and numbered list; `after` adds to a step's item. */
export function PhasedSteps({ phases, labels, after }: { phases: PhaseView[]; labels: { checklist: string; decision: string }; after?: (step: StepView) => JSX.Element }) {
  return (
    <>
      {phases.map((phase) => (
        <section class={`kr-phase kr-phase--${phase.phase}`} aria-labelledby={`phase-${phase.phase}`}>
          <h3 id={`phase-${phase.phase}`}>{phase.heading}</h3>
          <ol class="kr-steps" start={phase.steps[0]?.number}>
            {phase.steps.map((step) => (
              <li class="kr-steps__item">
                <Step step={step} labels={labels} />
                {after?.(step)}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
