import type { StepView } from '../../src/views/plan.ts';

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
