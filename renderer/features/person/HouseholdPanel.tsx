/** The person's household: its members (each opens), joining another person's household, leaving it. */
import { useState, type FormEvent } from 'react';
import type { HouseholdRole, PersonDetail } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases, labels } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { optionsOf } from '../cases/format';
import { LoadFailure } from '../cases/parts';
import { useLoad } from '../../state/useLoad';
import { openRoute } from '../frame/navigation';

const t = cases.person;
const roleOptions = optionsOf(labels.householdRoles);

function LinkForm({ person, onLinked }: { person: PersonDetail; onLinked: (person: PersonDetail) => void }) {
  const persons = useLoad(() => call('persons.list', {}), []);
  const [withPersonId, setWithPersonId] = useState('');
  const [role, setRole] = useState<HouseholdRole | ''>('');
  const [withPersonRole, setWithPersonRole] = useState<HouseholdRole | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const members = new Set(person.household?.members.map((m) => m.personId) ?? []);
  const others = (persons.data ?? []).filter((p) => p.id !== person.id && !members.has(p.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !withPersonId || !role) return;
    setError(null);
    setBusy(true);
    const input = withPersonRole ? { personId: person.id, withPersonId, role, withPersonRole } : { personId: person.id, withPersonId, role };
    const result = await call('persons.linkHousehold', input);
    setBusy(false);
    if (result.ok) onLinked(result.value);
    else setError(result.error.message);
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <h3>{t.linkTitle}</h3>
      <LoadFailure message={persons.error} />
      <SelectField
        label={t.linkPerson}
        value={withPersonId}
        options={others.map((p) => ({ value: p.id, label: p.displayName }))}
        placeholder={cases.intake.pleaseChoose}
        onChange={setWithPersonId}
      />
      <SelectField label={t.linkRole} value={role} options={roleOptions} placeholder={cases.intake.pleaseChoose} onChange={setRole} />
      <SelectField label={t.linkOtherRole} value={withPersonRole} options={roleOptions} placeholder={t.notKnown} onChange={setWithPersonRole} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.linkSubmit} busy={busy} busyLabel={cases.intake.busy} problem={!withPersonId || !role ? t.linkMissing : null} />
    </form>
  );
}

export function HouseholdPanel({ person, onChanged }: { person: PersonDetail; onChanged: (person: PersonDetail) => void }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const household = person.household;

  async function unlink() {
    setError(null);
    const result = await call('persons.unlinkHousehold', { personId: person.id });
    if (!result.ok) return setError(result.error.message);
    onChanged(result.value);
    setNotice(t.unlinked);
  }

  return (
    <section className="panel" aria-labelledby="person-household">
      <h2 id="person-household">{t.householdTitle}</h2>
      {household ? (
        <>
          <p>
            {t.role}: {household.role ? labels.householdRoles[household.role] : cases.none}
          </p>
          <ul className="plain-list">
            {household.members.map((member) => (
              <li key={member.personId}>
                <Button variant="link" onClick={() => openRoute({ page: 'cases', view: 'person', personId: member.personId })}>
                  {member.displayName}
                </Button>
                {member.role ? ` (${labels.householdRoles[member.role]})` : null}
              </li>
            ))}
          </ul>
          <Button onClick={() => void unlink()}>{t.unlink}</Button>
        </>
      ) : (
        <p>{t.noHousehold}</p>
      )}
      <ErrorMessage message={error} />
      <StatusMessage>{notice}</StatusMessage>
      <LinkForm
        key={household?.id ?? 'none'}
        person={person}
        onLinked={(p) => {
          onChanged(p);
          setNotice(t.linked);
        }}
      />
    </section>
  );
}
