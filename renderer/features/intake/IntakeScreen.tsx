/**
 * "Neue Erstberatung" (Zugangssteuerung und Erstberatung): step 1 the person (new or already
 * registered), step 2 the intake. An opened case opens at once; otherwise a short confirmation.
 */
import { useEffect, useState } from 'react';
import type { IntakeDecision } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases, labels } from '../../i18n/cases';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ScreenHeading } from '../../ui/Heading';
import { FocusHeading, LoadFailure } from '../cases/parts';
import { openRoute } from '../frame/navigation';
import { DuplicateWarning, useLikelyDuplicates, type TakenPerson } from '../../ui/DuplicateWarning';
import { parseBirthDate } from '../cases/format';
import { PersonForm } from '../person/PersonForm';
import { emptyPerson, type PersonFormValues } from '../person/personFormValues';
import { IntakeForm, type ChosenPerson } from './IntakeForm';
import { PersonPicker } from './PersonPicker';
import '../cases/cases.css';

const t = cases.intake;
type Mode = 'new' | 'existing';
const modeOptions = [
  { value: 'new' as const, label: t.modeNew },
  { value: 'existing' as const, label: t.modeExisting },
];

/** The draft of a new person typed in the Erstberatung. */
export const NEW_PERSON_DRAFT_KEY = 'person:new';

/** While a new person is typed: people already recorded who are likely the same, to continue with instead. */
function LikelyDuplicates({ values, onTake }: { values: PersonFormValues; onTake: (person: TakenPerson) => void }) {
  const name = values.names[0];
  const duplicates = useLikelyDuplicates(name?.familyName ?? '', name?.givenNames ?? '', parseBirthDate(values.birthDate) ?? null);
  return <DuplicateWarning duplicates={duplicates} onTake={onTake} />;
}

function PersonStep({ onChosen }: { onChosen: (person: ChosenPerson) => void }) {
  const [mode, setMode] = useState<Mode>('new');
  return (
    <>
      <ChoiceGroup legend={t.personMode} options={modeOptions} inline value={mode} onChange={setMode} />
      {mode === 'new' ? (
        <PersonForm
          initial={emptyPerson()}
          draftKey={NEW_PERSON_DRAFT_KEY}
          submitLabel={t.createPerson}
          send={(input) => call('persons.create', input)}
          onSaved={(person) => onChosen({ id: person.id, displayName: person.displayName, openCase: null })}
          afterBirthDate={(values, forget) => (
            <LikelyDuplicates
              values={values}
              onTake={(taken) => {
                // The person exists: nothing of the typed record is kept.
                forget();
                onChosen({
                  id: taken.personId,
                  displayName: taken.displayName,
                  openCase: taken.caseId && taken.caseNumber ? { id: taken.caseId, caseNumber: taken.caseNumber } : null,
                });
              }}
            />
          )}
        />
      ) : (
        <PersonPicker
          onChoose={(hit) =>
            onChosen({
              id: hit.personId,
              displayName: hit.displayName,
              openCase: hit.openCaseId && hit.openCaseNumber ? { id: hit.openCaseId, caseNumber: hit.openCaseNumber } : null,
            })
          }
        />
      )}
    </>
  );
}

function Saved({ decision, person, onAnother }: { decision: IntakeDecision; person: ChosenPerson; onAnother: () => void }) {
  return (
    <section className="panel" aria-labelledby="intake-saved">
      <FocusHeading id="intake-saved" focus>
        {t.saved(labels.decisions[decision])}
      </FocusHeading>
      <div className="row-actions">
        <Button onClick={() => openRoute({ page: 'cases', view: 'person', personId: person.id })}>{t.toPerson}</Button>
        <Button onClick={onAnother}>{t.another}</Button>
        <Button onClick={() => openRoute({ page: 'cases', view: 'list' })}>{t.toList}</Button>
      </div>
    </section>
  );
}

/** When the route names a person (e.g. from the person's page), step 1 is already done. */
function usePreselected(personId: string | null, setChosen: (p: ChosenPerson) => void): string | null {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!personId) return;
    let current = true;
    const epoch = lockEpoch();
    void call('persons.get', { personId }).then((result) => {
      if (!current || epoch !== lockEpoch()) return;
      if (!result.ok) return setError(result.error.message);
      const open = result.value.cases.find((c) => c.closedAt === null);
      setChosen({ id: result.value.id, displayName: result.value.displayName, openCase: open ? { id: open.id, caseNumber: open.caseNumber } : null });
    });
    return () => {
      current = false;
    };
  }, [personId, setChosen]);
  return error;
}

export function IntakeScreen({ personId }: { personId: string | null }) {
  const [chosen, setChosen] = useState<ChosenPerson | null>(null);
  const [saved, setSaved] = useState<IntakeDecision | null>(null);
  const [reselect, setReselect] = useState(false);
  const preselectError = usePreselected(personId, setChosen);

  function another() {
    setSaved(null);
    setChosen(null);
    if (personId) openRoute({ page: 'cases', view: 'intake', personId: null });
  }

  return (
    <div className="page intake">
      <ScreenHeading focusOnMount>{t.title}</ScreenHeading>
      <p className="lead">{t.intro}</p>
      {saved && chosen ? (
        <Saved decision={saved} person={chosen} onAnother={another} />
      ) : (
        <>
          <section className="panel" aria-labelledby="intake-step-person">
            <FocusHeading id="intake-step-person" focus={reselect}>
              {t.step1}
            </FocusHeading>
            <LoadFailure message={preselectError} />
            {chosen ? (
              <div className="chosen-person">
                <p className="chosen-name">{t.chosen(chosen.displayName)}</p>
                <Button
                  variant="link"
                  onClick={() => {
                    setChosen(null);
                    setReselect(true);
                  }}
                >
                  {t.otherPerson}
                </Button>
              </div>
            ) : (
              <PersonStep
                onChosen={(person) => {
                  setChosen(person);
                  // The route names the person, so a lock or a restart comes back to step 2 with its draft.
                  if (person.id !== personId) openRoute({ page: 'cases', view: 'intake', personId: person.id });
                }}
              />
            )}
          </section>
          {chosen ? (
            <section className="panel" aria-labelledby="intake-step-intake">
              <FocusHeading id="intake-step-intake" focus>
                {t.step2}
              </FocusHeading>
              <IntakeForm key={chosen.id} person={chosen} onSaved={setSaved} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
