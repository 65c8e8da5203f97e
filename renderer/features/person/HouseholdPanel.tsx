/** The person's household: its members (each opens), joining another person's household, leaving it. */
import { useEffect, useRef, useState } from 'react';
import type { PersonHit } from '../../../electron/contract/areas/consultation';
import type { HouseholdRole, PersonDetail } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases, labels } from '../../i18n/cases';
import { person as p } from '../../i18n/person';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { optionsOf } from '../cases/format';
import { SrOnly } from '../cases/parts';
import { openRoute } from '../frame/navigation';
import { MIN_QUERY, usePersonFind } from '../../ui/usePersonFind';

const t = cases.person;
const s = p.search;
const roleOptions = optionsOf(labels.householdRoles);

/** Birth year and case number: enough to tell three "Smirnov, Sergei" apart, no more. */
function hitDetails(hit: PersonHit): string {
  return [
    hit.birthDate ? s.born(hit.birthDate.slice(0, 4)) : s.bornUnknown,
    hit.openCaseNumber ? s.caseNumber(hit.openCaseNumber) : s.noCase,
    hit.matchedSpelling ? s.spelling(hit.matchedSpelling) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Search as one types; each hit with birth year and case number, and a button to choose it. */
function PersonFinder({ excluded, onChoose, focus }: { excluded: ReadonlySet<string>; onChoose: (hit: PersonHit) => void; focus: boolean }) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Back from "Andere Person suchen": the search field has the focus again.
  useEffect(() => {
    if (focus) input.current?.focus();
  }, [focus]);
  const found = usePersonFind(text);
  const hits = found.hits.filter((h) => !excluded.has(h.personId));
  const status =
    text.trim() !== '' && text.trim().length < MIN_QUERY ? s.typeMore : found.query !== null && !found.pending && hits.length === 0 ? s.none : null;
  return (
    <div className="person-picker">
      <TextField label={s.label} hint={s.hint} value={text} onChange={setText} autoComplete="off" spellCheck={false} inputRef={input} />
      <ErrorMessage message={found.error} />
      <StatusMessage>{status}</StatusMessage>
      {hits.length > 0 ? (
        <ul className="pick-list" aria-label={s.hitsLabel}>
          {hits.map((hit) => (
            <li key={hit.personId} className="pick-item">
              <span className="pick-name">{hit.displayName}</span>
              <span className="pick-details">{hitDetails(hit)}</span>
              <Button onClick={() => onChoose(hit)}>
                {s.choose}
                <SrOnly>: {hit.displayName}</SrOnly>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function LinkForm({ person, onLinked }: { person: PersonDetail; onLinked: (person: PersonDetail) => void }) {
  const [withPerson, setWithPerson] = useState<PersonHit | null>(null);
  /** The search was left by a choice: the focus follows to the choice and back. */
  const [changed, setChanged] = useState(false);
  const chosenText = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (withPerson && changed) chosenText.current?.focus();
  }, [withPerson, changed]);
  const [role, setRole] = useState<HouseholdRole | ''>('');
  const [withPersonRole, setWithPersonRole] = useState<HouseholdRole | ''>('');
  const excluded = new Set([person.id, ...(person.household?.members.map((m) => m.personId) ?? [])]);
  const saving = useSubmit(() => {
    if (!withPerson || !role) return null;
    const base = { personId: person.id, withPersonId: withPerson.personId, role };
    return call('persons.linkHousehold', withPersonRole ? { ...base, withPersonRole } : base);
  }, onLinked);

  return (
    <form className="form" onSubmit={saving.submit} aria-busy={saving.busy} noValidate>
      <h3>{t.linkTitle}</h3>
      {withPerson ? (
        <div className="chosen-person">
          <p className="chosen-name" ref={chosenText} tabIndex={-1}>
            {s.chosen(withPerson.displayName)} ({hitDetails(withPerson)})
          </p>
          <Button variant="link" onClick={() => setWithPerson(null)}>
            {s.other}
          </Button>
        </div>
      ) : (
        <PersonFinder
          excluded={excluded}
          focus={changed}
          onChoose={(hit) => {
            setWithPerson(hit);
            setChanged(true);
          }}
        />
      )}
      <SelectField label={t.linkRole} value={role} options={roleOptions} placeholder={cases.intake.pleaseChoose} onChange={setRole} />
      <SelectField label={t.linkOtherRole} value={withPersonRole} options={roleOptions} placeholder={t.notKnown} onChange={setWithPersonRole} />
      <ErrorMessage message={saving.error} />
      <SubmitRow label={t.linkSubmit} busy={saving.busy} busyLabel={cases.intake.busy} problem={!withPerson || !role ? t.linkMissing : null} />
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
