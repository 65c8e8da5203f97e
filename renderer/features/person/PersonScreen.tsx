/**
 * One person: all data with every spelling, household, cases and first consultations; editing
 * the data is a correction that keeps the earlier version (shown folded under the data).
 */
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { germanDateTime } from '../../i18n/dates';
import { person as p } from '../../i18n/person';
import { Button } from '../../ui/Button';
import { useHasDraft } from '../../ui/useFormDraft';
import { VersionHistory } from '../../ui/VersionHistory';
import { ScreenHeading } from '../../ui/Heading';
import { StatusMessage } from '../../ui/Messages';
import { FocusHeading, LoadFailure } from '../cases/parts';
import { useLoad } from '../../state/useLoad';
import { openRoute } from '../frame/navigation';
import { HouseholdPanel } from './HouseholdPanel';
import { PersonDetails, type PersonData } from './PersonDetails';
import { PersonForm } from './PersonForm';
import { PersonCases, PersonIntakes } from './PersonHistory';
import { InformationPanel } from '../information/InformationPanel';
import { ClientDocumentsPanel } from '../clientDocuments/ClientDocumentsPanel';
import { ErasePersonWithoutCasePanel } from '../erasure/ErasePersonWithoutCasePanel';
import { valuesFromDetail } from './personFormValues';
import '../cases/cases.css';

const t = cases.person;

/** The key of the draft of a correction of the person's data. */
export const personDraftKey = (personId: string) => `person:${personId}`;

export function PersonScreen({ personId }: { personId: string }) {
  const load = useLoad(() => call('persons.get', { personId }), [personId]);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  /** After editing, the focus returns to the data (not on the first visit: then the h1 has it). */
  const [edited, setEdited] = useState(false);
  const person = load.data;
  const versions = useLoad(() => call('versions.list', { kind: 'person', recordId: personId }), [personId, person?.updatedAt]);
  const latest = versions.data?.at(-1);
  // A correction begun before a lock, a crash or a change of screen: its form opens with the draft.
  const hasDraft = useHasDraft(personDraftKey(personId));
  useEffect(() => {
    if (hasDraft) setEditing(true);
  }, [hasDraft]);

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
          <PersonForm
            initial={valuesFromDetail(person)}
            draftKey={personDraftKey(personId)}
            draftOwner={{ personId }}
            submitLabel={t.save}
            send={(input) => call('persons.update', { personId, ...input })}
            onSaved={(saved) => {
              load.setData(saved);
              setEditing(false);
              setEdited(true);
              setNotice(t.saved);
            }}
            actions={(forget) => (
              <Button
                onClick={() => {
                  forget();
                  setEditing(false);
                  setEdited(true);
                }}
              >
                {cases.cancel}
              </Button>
            )}
          />
        </section>
      ) : null}
      {person && !editing ? (
        <>
          <section className="panel" aria-labelledby="person-data">
            <FocusHeading id="person-data" focus={edited}>
              {t.dataTitle}
            </FocusHeading>
            {latest ? <p className="notice notice-info">{p.corrected(germanDateTime(latest.changedAt), latest.changedBy)}</p> : null}
            <PersonDetails person={person} />
            <VersionHistory
              kind="person"
              recordId={person.id}
              reloadKey={person.updatedAt}
              render={(before) => (
                <div className="person-version">
                  <PersonDetails person={before as unknown as PersonData} />
                </div>
              )}
            />
          </section>
          <HouseholdPanel person={person} onChanged={load.setData} />
          <PersonCases person={person} />
          <PersonIntakes person={person} />
          <InformationPanel personId={person.id} level={2} />
          <ClientDocumentsPanel personId={person.id} personLanguages={person.languages} />
          {person.cases.length === 0 ? <ErasePersonWithoutCasePanel personId={person.id} displayName={person.displayName} /> : null}
        </>
      ) : null}
    </div>
  );
}
