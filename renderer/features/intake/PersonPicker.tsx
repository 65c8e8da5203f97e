/**
 * Step 1 of the intake for someone already registered: search as one types (`persons.find`: any
 * spelling, case number or date of birth), each hit with date of birth and open case, then choose.
 * Nobody is listed before something is typed.
 */
import { useState } from 'react';
import type { PersonHit } from '../../../electron/contract/areas/consultation';
import { cases } from '../../i18n/cases';
import { person as p } from '../../i18n/person';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { TextField } from '../../ui/TextField';
import { germanDate } from '../cases/format';
import { SrOnly } from '../cases/parts';
import { MIN_QUERY, usePersonFind } from '../../ui/usePersonFind';

const t = cases.intake;
const s = p.search;

export function PersonPicker({ onChoose }: { onChoose: (person: PersonHit) => void }) {
  const [search, setSearch] = useState('');
  const found = usePersonFind(search, 20);
  const typed = search.trim();
  const status = typed !== '' && typed.length < MIN_QUERY ? s.typeMore : found.query !== null && !found.pending && found.hits.length === 0 ? t.noMatches : null;

  return (
    <div className="person-picker">
      <TextField label={t.searchLabel} hint={s.hint} value={search} onChange={setSearch} autoComplete="off" spellCheck={false} />
      <ErrorMessage message={found.error} />
      <StatusMessage>{status}</StatusMessage>
      {found.hits.length > 0 ? (
        <ul className="pick-list" aria-label={t.matchesLabel}>
          {found.hits.map((hit) => (
            <li key={hit.personId} className="pick-item">
              <span className="pick-name">{hit.displayName}</span>
              <span className="pick-details">
                {[
                  hit.birthDate ? germanDate(hit.birthDate) : s.bornUnknown,
                  hit.openCaseNumber ? t.openCase(hit.openCaseNumber) : null,
                  hit.matchedSpelling ? s.spelling(hit.matchedSpelling) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <Button onClick={() => onChoose(hit)}>
                {t.choose}
                <SrOnly>: {hit.displayName}</SrOnly>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
