import type { CardView } from '../../src/views/print.ts';
import { Arrow } from './arrow.tsx';

/** The front of the pocket card: the six steps as a compact flow, with every branch, and the contacts. */
export function CardFront({ card }: { card: CardView }) {
  return (
    <section class="kr-card kr-card--front" data-panel="front" data-fit>
      <header class="kr-card__header">
        <p class="kr-card__brand">{card.brand}</p>
        <p class="kr-card__sector">{card.sectorName}</p>
      </header>
      <h1 class="kr-card__heading">{card.frontHeading}</h1>
      {card.phases.map((phase) => (
        <div class={`kr-card__phase kr-card__phase--${phase.phase}`}>
          <h2 class="kr-card__phase-heading">{phase.heading}</h2>
          <ol class="kr-card__steps">
            {phase.steps.map((step) => (
              <li class="kr-card__step" data-step={step.id} value={step.number}>
                <span class="kr-card__number" aria-hidden="true">
                  {step.number}
                </span>
                <span class="kr-card__title">{step.title}</span>
                {step.exits.length > 0 && (
                  <ul class="kr-card__exits">
                    {step.exits.map((exit) => (
                      <li class="kr-card__exit">
                        {exit.condition && <span class="kr-card__condition">{exit.condition} </span>}
                        <span class="kr-card__to">
                          <Arrow /> {exit.to}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
      <div class="kr-card__contacts-block">
        <h2 class="kr-card__contacts-heading">{card.contactsHeading}</h2>
        <ul class="kr-card__contacts">
          {card.contacts.map((contact) => (
            <li data-contact={contact.id}>
              <strong>{contact.heading}</strong>
              {contact.facts.length > 0 && `${card.colon} ${contact.facts.join('. ')}.`}
              {contact.details && contact.details.length > 0 && `${contact.facts.length > 0 ? ' ' : `${card.colon} `}${contact.details.join(', ')}`}
            </li>
          ))}
        </ul>
      </div>
      {card.draftNotice && <p class="kr-card__draft">{card.draftNotice}</p>}
    </section>
  );
}

/** The back: key actions per step, the QR code to the site, the edition. */
export function CardBack({ card, qrSrc }: { card: CardView; qrSrc: string }) {
  return (
    <section class="kr-card kr-card--back" data-panel="back" data-fit>
      <h2 class="kr-card__back-heading">{card.keyActionsHeading}</h2>
      <ol class="kr-card__actions">
        {card.keyActions.map((step) => (
          <li class="kr-card__action" data-step={step.id} value={step.number}>
            <span class="kr-card__number kr-card__number--small" aria-hidden="true">
              {step.number}
            </span>
            <ul class="kr-card__action-items">
              {step.items.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <footer class="kr-card__footer">
        <img class="kr-card__qr" src={qrSrc} alt={card.qr.alt} width="72" height="72" />
        <div class="kr-card__footer-text">
          <p class="kr-card__qr-caption">{card.qr.caption}</p>
          <p class="kr-card__edition">{card.edition}</p>
          {card.draftNotice && <p class="kr-card__draft">{card.draftNotice}</p>}
        </div>
      </footer>
    </section>
  );
}
