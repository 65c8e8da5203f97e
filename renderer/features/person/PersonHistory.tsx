/** A person's cases (each opens) and first consultations. */
import type { PersonDetail } from '../../../electron/contract/areas/cases';
import { cases, labels } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { germanDate } from '../cases/format';
import { openCase } from '../frame/navigation';

const t = cases.person;

export function PersonCases({ person }: { person: PersonDetail }) {
  return (
    <section className="panel" aria-labelledby="person-cases">
      <h2 id="person-cases">{t.casesTitle}</h2>
      {person.cases.length === 0 ? (
        <p>{t.noCases}</p>
      ) : (
        <ul className="plain-list">
          {person.cases.map((c) => (
            <li key={c.id}>
              <Button variant="link" onClick={() => openCase(c.id)}>
                {c.caseNumber}
              </Button>{' '}
              {t.caseLine(labels.phases[c.phase], germanDate(c.openedAt), c.closedAt ? germanDate(c.closedAt) : null)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PersonIntakes({ person }: { person: PersonDetail }) {
  return (
    <section className="panel" aria-labelledby="person-intakes">
      <h2 id="person-intakes">{t.intakesTitle}</h2>
      {person.intakes.length === 0 ? (
        <p>{t.noIntakes}</p>
      ) : (
        <ul className="plain-list">
          {person.intakes.map((intake) => (
            <li key={intake.id}>
              {germanDate(intake.date)}: {labels.decisions[intake.decision]}
              {intake.referredTo ? ` (${intake.referredTo})` : null} – {labels.accessRoutes[intake.accessRoute]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
