/** "Überblick": the person in short, the case's frame, the consent and the history. */
import type { CaseView } from '../../../electron/contract/areas/cases';
import { personName } from '../../../electron/contract/labels';
import { cases, labels } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { countryName, germanDate, joined, languageName } from '../cases/format';
import { Facts } from '../cases/parts';
import { openRoute } from '../frame/navigation';
import { CaseManagerPanel } from './CaseManagerPanel';
import { CaseTimeline } from './CaseTimeline';
import { TargetGroupsPanel } from './TargetGroupsPanel';
import { InformationPanel } from '../information/InformationPanel';
import { CaseFilePdfButton } from '../../ui/SavePdfButton';
import type { CaseSectionProps } from './sectionProps';

const t = cases.overview;
const p = cases.person;

function residence(person: CaseView['person']): string | null {
  const parts = [
    person.residenceStatus ? labels.residenceStatuses[person.residenceStatus] : null,
    person.residenceParagraph,
    person.residenceValidUntil ? t.validUntil(germanDate(person.residenceValidUntil)) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function Consent({ consent }: { consent: CaseView['consent'] }) {
  if (!consent) return <p>{t.consentMissing}</p>;
  return (
    <p>
      {t.consentGiven(germanDate(consent.givenAt), labels.consentForms[consent.form], consent.recordedBy)}
      {consent.printout ? ` ${t.consentPrintout(consent.printout.code)}` : null}
      {consent.revokedAt ? ` ${t.consentRevoked(germanDate(consent.revokedAt))}` : null}
    </p>
  );
}

export function OverviewSection({ caseId, view, refreshKey, closed, onChanged }: CaseSectionProps & { view: CaseView; refreshKey: number }) {
  const person = view.person;
  const otherNames = person.otherNames.map((n) => personName(n));
  return (
    <section className="case-overview" aria-labelledby="section-title">
      <h2 id="section-title">{t.title}</h2>
      <div className="overview-grid">
        <section aria-labelledby="overview-person">
          <h3 id="overview-person">{t.personTitle}</h3>
          <Facts
            rows={[
              [t.otherNames, otherNames.length ? joined(otherNames) : null],
              [p.birthDate, person.birthDate ? germanDate(person.birthDate) : null],
              [p.gender, labels.genders[person.gender]],
              [p.nationalities, person.nationalities.length ? joined(person.nationalities.map(countryName)) : null],
              [p.languages, person.languages.length ? joined(person.languages.map(languageName)) : null],
              [p.interpreter, person.interpreterNeeded ? cases.yes : cases.no],
              [t.residence, residence(person)],
            ]}
          />
          <Button variant="link" onClick={() => openRoute({ page: 'cases', view: 'person', personId: person.id })}>
            {t.openPerson}
          </Button>
        </section>
        <section aria-labelledby="overview-case">
          <h3 id="overview-case">{t.caseTitle}</h3>
          <Facts
            rows={[
              [t.openedAt, germanDate(view.openedAt)],
              [t.location, view.location ? `${view.location.name} (${view.location.municipality})` : null],
              [t.traeger, view.traeger],
              [t.reassessment, t.everyMonths(view.reassessmentMonths, view.ownReassessmentMonths !== null)],
            ]}
          />
          <CaseManagerPanel view={view} readOnly={closed} onChanged={onChanged} />
          <TargetGroupsPanel view={view} readOnly={closed} onChanged={onChanged} />
          <h3 id="overview-consent">{t.consentTitle}</h3>
          <Consent consent={view.consent} />
        </section>
      </div>
      <CaseTimeline caseId={caseId} refreshKey={refreshKey} />
      <CaseFilePdfButton caseId={caseId} />
      <InformationPanel caseId={caseId} />
    </section>
  );
}
