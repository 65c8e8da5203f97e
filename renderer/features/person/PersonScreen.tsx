/** One person: all data with every spelling, household, cases and first consultations; editing. */
import { useState } from 'react';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { StatusMessage } from '../../ui/Messages';
import { FocusHeading, LoadFailure } from '../cases/parts';
import { useLoad } from '../../state/useLoad';
import { openRoute } from '../frame/navigation';
import { HouseholdPanel } from './HouseholdPanel';
import { PersonDetails } from './PersonDetails';
import { PersonForm } from './PersonForm';
import { PersonCases, PersonIntakes } from './PersonHistory';
import { InformationPanel } from '../information/InformationPanel';
import { ErasePersonWithoutCasePanel } from '../erasure/ErasePersonWithoutCasePanel';
import { valuesFromDetail, type PersonInput } from './personFormValues';
import '../cases/cases.css';

const t = cases.person;

export function PersonScreen({ personId }: { personId: string }) {
  const load = useLoad(() => call('persons.get', { personId }), [personId]);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  /** After editing, the focus returns to the data (not on the first visit: then the h1 has it). */
  const [edited, setEdited] = useState(false);
  const person = load.data;

  async function save(input: PersonInput): Promise<string | null> {
    const epoch = lockEpoch();
    const result = await call('persons.update', { personId, ...input });
    if (epoch !== lockEpoch()) return null;
    if (!result.ok) return result.error.message;
    load.setData(result.value);
    setEditing(false);
    setEdited(true);
    setNotice(t.saved);
    return null;
  }

  return (
    <div className="page person-screen">
      <ScreenHeading focusOnMount focusKey={personId}>
        {person ? person.displayName : t.loadingTitle}
      </ScreenHeading>
      <LoadFailure message={load.error} />
      <StatusMessage>{load.loading && !person ? cases.loading : notice}</StatusMessage>
      <div className="page-actions">
        {person && !editing ? (
          <Button
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t.edit}
          </Button>
        ) : null}
        {person ? <Button onClick={() => openRoute({ page: 'cases', view: 'intake', personId })}>{t.newIntake}</Button> : null}
        <Button variant="link" onClick={() => openRoute({ page: 'cases', view: 'list' })}>
          {t.backToList}
        </Button>
      </div>
      {person && editing ? (
        <section className="panel" aria-labelledby="person-edit">
          <FocusHeading id="person-edit" focus>
            {t.editTitle}
          </FocusHeading>
          <PersonForm initial={valuesFromDetail(person)} submitLabel={t.save} save={save}>
            <Button
              onClick={() => {
                setEditing(false);
                setEdited(true);
              }}
            >
              {cases.cancel}
            </Button>
          </PersonForm>
        </section>
      ) : null}
      {person && !editing ? (
        <>
          <section className="panel" aria-labelledby="person-data">
            <FocusHeading id="person-data" focus={edited}>
              {t.dataTitle}
            </FocusHeading>
            <PersonDetails person={person} />
          </section>
          <HouseholdPanel person={person} onChanged={load.setData} />
          <PersonCases person={person} />
          <PersonIntakes person={person} />
          <InformationPanel personId={person.id} level={2} />
          {person.cases.length === 0 ? <ErasePersonWithoutCasePanel personId={person.id} displayName={person.displayName} /> : null}
        </>
      ) : null}
    </div>
  );
}
