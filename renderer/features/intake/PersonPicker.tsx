/** Step 1 of the intake for someone already registered: search by name or year of birth, then choose. */
import { useState } from 'react';
import type { PersonSummary } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { StatusMessage } from '../../ui/Messages';
import { TextField } from '../../ui/TextField';
import { germanDate } from '../cases/format';
import { LoadFailure, SrOnly } from '../cases/parts';
import { useLoad } from '../../state/useLoad';

const t = cases.intake;
const MAX_SHOWN = 20;

function matches(person: PersonSummary, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${person.displayName} ${person.birthDate ?? ''} ${person.municipality ?? ''}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function PersonPicker({ onChoose }: { onChoose: (person: PersonSummary) => void }) {
  const [search, setSearch] = useState('');
  const persons = useLoad(() => call('persons.list', {}), []);
  const all = persons.data ?? [];
  const found = all.filter((p) => matches(p, search));
  const shown = found.slice(0, MAX_SHOWN);

  return (
    <div className="person-picker">
      <TextField label={t.searchLabel} hint={t.searchHint} value={search} onChange={setSearch} autoComplete="off" />
      <LoadFailure message={persons.error} />
      <StatusMessage>
        {persons.loading ? cases.loading : persons.data && all.length === 0 ? t.noPersons : persons.data && found.length === 0 ? t.noMatches : null}
      </StatusMessage>
      {shown.length > 0 ? (
        <ul className="pick-list" aria-label={t.matchesLabel}>
          {shown.map((person) => (
            <li key={person.id} className="pick-item">
              <span className="pick-name">{person.displayName}</span>
              <span className="pick-details">
                {[person.birthDate ? germanDate(person.birthDate) : null, person.municipality, person.openCase ? t.openCase(person.openCase.caseNumber) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <Button onClick={() => onChoose(person)}>
                {t.choose}
                <SrOnly>: {person.displayName}</SrOnly>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
