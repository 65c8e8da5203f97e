/**
 * "Kreisstatistik mit verdeckten Zahlen" on the Statistik page: the unit's key with its
 * fingerprint (read out to the coordination on the phone) and its key file, and the roster
 * (Bezirksliste): read a file, see what it holds and what importing it would do, compare the
 * fingerprints, then import it. Another list than the imported one is imported only after an
 * explicit confirmation.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { unitRosterTexts as t } from '../../i18n/districtRoster';
import { Button } from '../../ui/Button';
import { FileChoice } from '../../ui/FileChoice';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { MIME_TYPES, saveFile } from '../../ui/saveFile';
import { useSubmit } from '../../ui/useSubmit';
import { RosterFacts, RosterUnits } from '../district/RosterInfoView';
import { focusHeading } from './focus';
import { checkRosterFile, dropCheckedRoster, loadRoster, rosterImported, useRoster, type CheckedRoster } from './rosterStore';
import { useStatistics } from './statisticsStore';

export const ROSTER_SECTION_ID = 'statistik-kreisstatistik';
const ROSTER_HEADING_ID = 'statistik-bezirksliste';

/** "7KQ3-M9XA-…" in groups the eye can follow while reading aloud. */
function Fingerprint({ value, id }: { value: string; id?: string }) {
  return (
    <code className="roster-fingerprint-big" id={id}>
      {value.split('-').map((group, index) => (
        <span key={`${index}-${group}`} className="roster-fingerprint-group">
          {group}
        </span>
      ))}
    </code>
  );
}

function UnitKey() {
  const unitKey = useRoster((s) => s.unitKey);
  const unitName = useStatistics((s) => s.settings?.unit.name ?? null);
  const fingerprintId = useId();
  const blockedId = useId();
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit(
    () => {
      setDone(null);
      return call('statistics.exportUnitKey', {});
    },
    (file) => {
      saveFile(file.fileName, file.bytes, MIME_TYPES.json);
      setDone(t.saveKeyDone(file.fileName));
    },
  );
  if (!unitKey) return null;
  const blocked = !unitName;
  return (
    <div className="roster-part">
      <h3>{t.keyTitle}</h3>
      <p className="roster-fingerprint-label" id={`${fingerprintId}-label`}>
        {t.fingerprintLabel}
      </p>
      <Fingerprint value={unitKey.fingerprint} id={fingerprintId} />
      <p>{t.fingerprintHint}</p>
      <p className="stats-note">
        {unitName ? `${t.keyUnit(unitName)}. ` : null}
        {t.keyCreatedOn(germanDay(unitKey.createdOn))}
      </p>
      <div className="submit-actions">
        <Button onClick={() => void submit()} disabled={busy || blocked} aria-describedby={blocked ? blockedId : undefined}>
          {t.saveKey}
        </Button>
      </div>
      {blocked ? (
        <p className="form-problem" id={blockedId}>
          {t.saveKeyNeedsName}
        </p>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage>{busy ? <span className="busy">{t.saveKeyBusy}</span> : done}</StatusMessage>
    </div>
  );
}

function CheckedRosterView({ checked }: { checked: CheckedRoster }) {
  const { check } = checked;
  const headingId = useId();
  const confirmId = useId();
  const problemId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const other = check.change === 'andere-liste';
  const { busy, error, submit } = useSubmit(
    () => (other && !confirmed ? null : call('statistics.importRoster', { text: checked.text, ...(other ? { replaceList: true } : {}) })),
    (roster) => {
      void rosterImported(roster, t.importDone(roster.district, roster.version));
      // The check's view goes away with its button: the focus moves to the roster now imported.
      focusHeading(ROSTER_HEADING_ID);
    },
  );
  // The check's outcome takes the focus, so a keyboard user hears what the file holds.
  useLayoutEffect(() => heading.current?.focus(), []);
  const missing = other && !confirmed ? t.confirmOtherMissing : null;
  return (
    <section className={other ? 'roster-check notice notice-warning' : 'roster-check'} aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {t.checkTitle}: {checked.fileName}
      </h4>
      <p className={other ? 'notice-strong' : undefined}>{t.change[check.change]}</p>
      <RosterFacts roster={check.roster} />
      <RosterUnits roster={check.roster} ownUnitId={check.ownUnitId} ownLabel={t.ownUnit} />
      <p>{t.checkCompare}</p>
      {check.change === 'gleich' ? (
        <div className="submit-actions">
          <Button onClick={dropCheckedRoster}>{t.cancel}</Button>
        </div>
      ) : (
        <>
          {other ? (
            <label className="choice roster-confirm" htmlFor={confirmId}>
              <input id={confirmId} type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
              <span>{t.confirmOther}</span>
            </label>
          ) : null}
          <div className="submit-actions">
            <Button variant="primary" onClick={() => void submit()} disabled={busy || Boolean(missing)} aria-describedby={missing ? problemId : undefined}>
              {t.importButton}
            </Button>
            <Button onClick={dropCheckedRoster} disabled={busy}>
              {t.cancel}
            </Button>
          </div>
          {missing ? (
            <p className="form-problem" id={problemId}>
              {missing}
            </p>
          ) : null}
        </>
      )}
      <ErrorMessage message={error} />
      <StatusMessage>{busy ? <span className="busy">{t.importBusy}</span> : null}</StatusMessage>
    </section>
  );
}

function Roster() {
  const roster = useRoster((s) => s.roster);
  const unitId = useStatistics((s) => s.settings?.unit.id);
  const fileName = useRoster((s) => s.fileName);
  const checking = useRoster((s) => s.checking);
  const checkError = useRoster((s) => s.checkError);
  const checked = useRoster((s) => s.checked);
  const notice = useRoster((s) => s.notice);
  return (
    <div className="roster-part">
      <h3 id={ROSTER_HEADING_ID} tabIndex={-1}>
        {t.rosterTitle}
      </h3>
      {roster ? (
        <>
          <p className="notice-strong">{t.importedTitle}</p>
          <RosterFacts roster={roster} />
          <p className="stats-note">{t.importedOn(germanDay(roster.importedOn))}</p>
          <RosterUnits roster={roster} {...(unitId ? { ownUnitId: unitId } : {})} ownLabel={t.ownUnit} />
        </>
      ) : (
        <p>{t.noRoster}</p>
      )}
      <FileChoice
        label={t.chooseLabel}
        hint={t.chooseHint}
        buttonLabel={t.chooseButton}
        chosenText={fileName ? t.chosen(fileName) : t.nothingChosen}
        disabled={checking}
        onChoose={(files) => {
          if (files[0]) void checkRosterFile(files[0]);
        }}
      />
      <ErrorMessage message={checkError} />
      <StatusMessage>{checking ? <span className="busy">{t.checking}</span> : notice}</StatusMessage>
      {checked ? <CheckedRosterView key={`${checked.fileName}|${checked.check.roster.code}`} checked={checked} /> : null}
    </div>
  );
}

export function DistrictRosterSection() {
  const loaded = useRoster((s) => s.loaded);
  const loadError = useRoster((s) => s.loadError);
  useEffect(() => {
    void loadRoster();
  }, []);
  return (
    <section className="panel stats-roster" aria-labelledby={ROSTER_SECTION_ID}>
      <h2 id={ROSTER_SECTION_ID} tabIndex={-1}>
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <ol className="instructions">
        {t.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <ErrorMessage message={loadError} />
      {loaded ? (
        <>
          <UnitKey />
          <Roster />
        </>
      ) : (
        <StatusMessage>
          <span className="busy">{t.keyLoading}</span>
        </StatusMessage>
      )}
    </section>
  );
}
