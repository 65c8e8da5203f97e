/**
 * While a new person is typed in: people who are likely the same (`persons.likelyDuplicates`,
 * asked after a short typing pause, late answers ignored), with the reasons and a button to take
 * one of them instead of registering a duplicate.
 */
import { useEffect, useId, useState } from 'react';
import type { LikelyDuplicate } from '../../electron/contract/areas/consultation';
import { call } from '../api';
import { consultation } from '../i18n/consultation';
import { Button } from './Button';
import './duplicates.css';

/** The person a warning's button takes (the Sprechstunde's ContactTarget has this shape). */
export interface TakenPerson {
  personId: string;
  displayName: string;
  caseId: string | null;
  caseNumber: string | null;
}

/** A partial birth date as stored: '1994', '1994-05' or '1994-05-03' → '1994', '05.1994', '03.05.1994'. */
const germanDate = (date: string) => date.split('-').reverse().join('.');

const t = consultation.newPerson;
const s = consultation.search;
const TYPING_PAUSE_MS = 250;

/** Likely duplicates of the name and birth date typed so far (birthDate: the contract's partial date or null). */
export function useLikelyDuplicates(familyName: string, givenNames: string, birthDate: string | null): LikelyDuplicate[] {
  const [found, setFound] = useState<LikelyDuplicate[]>([]);
  useEffect(() => {
    const family = familyName.trim();
    if (family === '') {
      setFound([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void call('persons.likelyDuplicates', { names: [{ familyName: family, givenNames: givenNames.trim() }], birthDate }).then((answer) => {
        // A failed check only means no warning; saving still reports its own errors.
        if (current) setFound(answer.ok ? answer.value : []);
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [familyName, givenNames, birthDate]);
  return found;
}

export function DuplicateWarning({ duplicates, onTake }: { duplicates: LikelyDuplicate[]; onTake: (target: TakenPerson) => void }) {
  const titleId = useId();
  return (
    <>
      <p className="sr-only" role="status">
        {duplicates.length > 0 ? `${t.duplicatesTitle}: ${duplicates.map((d) => d.displayName).join('; ')}` : null}
      </p>
      {duplicates.length > 0 ? (
        <section className="notice notice-warning duplicate-warning" aria-labelledby={titleId}>
          <h3 id={titleId}>{t.duplicatesTitle}</h3>
          <p>{t.duplicatesIntro}</p>
          <ul className="duplicate-list">
            {duplicates.map((d) => (
              <li key={d.personId} className="duplicate-item">
                <span className="duplicate-name">{d.displayName}</span>
                <span className="duplicate-meta">
                  {/* A restricted record shows nothing of the person, not even that no case is open. */}
                  {(d.restricted
                    ? [t.likelihood[d.likelihood]]
                    : [
                        d.birthDate ? s.born(germanDate(d.birthDate)) : null,
                        d.openCaseNumber ? s.caseNumber(d.openCaseNumber) : s.noCase,
                        t.likelihood[d.likelihood],
                      ]
                  )
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <ul className="duplicate-reasons">
                  {d.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                {/* Its data may not be used (Art. 18 DSGVO): the record cannot be taken, only its existence is told. */}
                {d.restricted ? null : (
                  <Button
                    onClick={() => onTake({ personId: d.personId, displayName: d.displayName, caseId: d.openCaseId, caseNumber: d.openCaseNumber })}
                    aria-label={`${t.take}: ${d.displayName}`}
                  >
                    {t.take}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
