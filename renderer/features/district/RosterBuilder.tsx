/**
 * "Bezirksliste zusammenstellen": the coordinators choose the units' key files (and the list's
 * previous version, when a unit joins or leaves), name the district, its protection and the first
 * quarter the list applies to ("Gilt ab": by default the last closed quarter for a new list, the
 * running one for a new version; from the renderer's clock), and the main process builds the roster. The screen shows each file's problem, or the new list with
 * every unit's fingerprint to compare on the phone, and saves it. Nothing is kept: the file
 * texts live in this form only, like the district view's exports.
 */
import { useId, useState, type FormEvent } from 'react';
import { DISTRICT_FILE_MAX_CHARS, DISTRICT_NAME_MAX, type DistrictRosterResult } from '../../../electron/contract/areas/district';
import { defaultValidFrom, ROSTER_MAX_UNITS, validFromChoices } from '../../../electron/contract/districtAggregation';
import { call } from '../../api';
import { today } from '../../state/clock';
import { rosterBuilderTexts as t } from '../../i18n/districtRoster';
import { Button } from '../../ui/Button';
import { FileChoice } from '../../ui/FileChoice';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { type ChosenFile, readTextFiles } from '../../ui/readTextFiles';
import { SelectField } from '../../ui/SelectField';
import { MIME_TYPES, saveFile } from '../../ui/saveFile';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { focusHeading } from '../statistics/focus';
import { ProblemList } from './DistrictReportView';
import { RosterFacts, RosterUnits } from './RosterInfoView';

const chosenText = (files: readonly ChosenFile[]) => (files.length > 0 ? t.chosen(files.map((f) => f.name)) : t.nothingChosen);

function Result({ roster, headingId }: { roster: NonNullable<DistrictRosterResult['roster']>; headingId: string }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="roster-check" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t.resultTitle}
      </h3>
      <RosterFacts roster={roster.info} />
      <RosterUnits roster={roster.info} />
      <p>{t.resultCompare}</p>
      <div className="submit-actions">
        <Button
          variant="primary"
          onClick={() => {
            saveFile(roster.fileName, roster.bytes, MIME_TYPES.json);
            setDone(t.saveDone(roster.fileName));
          }}
        >
          {t.save}
        </Button>
      </div>
      <StatusMessage>{done}</StatusMessage>
    </section>
  );
}

export function RosterBuilder() {
  const headingId = useId();
  const problemsId = useId();
  const resultId = useId();
  const [keyFiles, setKeyFiles] = useState<ChosenFile[]>([]);
  const [previous, setPrevious] = useState<ChosenFile[]>([]);
  const [readProblems, setReadProblems] = useState<{ keys: string[]; previous: string[] }>({ keys: [], previous: [] });
  const [district, setDistrict] = useState('');
  const [threshold, setThreshold] = useState('5');
  const [perturbation, setPerturbation] = useState(true);
  // Null until chosen: the default follows whether a previous list is chosen.
  const [chosenValidFrom, setValidFrom] = useState<string | null>(null);
  const [result, setResult] = useState<DistrictRosterResult | null>(null);
  const [tried, setTried] = useState(false);

  const k = /^\d{1,2}$/.test(threshold.trim()) ? Number(threshold.trim()) : Number.NaN;
  const thresholdError = Number.isInteger(k) && k >= 3 && k <= 20 ? null : t.thresholdInvalid;
  const districtError = district.trim() ? null : t.districtMissing;
  const day = today();
  const quarters = validFromChoices(day);
  const validFrom = chosenValidFrom ?? defaultValidFrom(day, previous.length > 0);

  const { busy, error, submit } = useSubmit(
    () => {
      setTried(true);
      if (keyFiles.length === 0 || thresholdError || districtError) return null;
      return call('district.buildRoster', {
        keyFiles,
        ...(previous[0] ? { previous: previous[0] } : {}),
        validFrom,
        district: district.trim(),
        threshold: k,
        perturbation,
      });
    },
    (value) => {
      setResult(value);
      focusHeading(value.roster ? resultId : problemsId);
    },
  );

  // Any change of the choice makes the last result stale.
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setResult(null);
    };

  function onSubmit(event: FormEvent) {
    void submit(event);
  }

  return (
    <section className="panel district-roster" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.intro}</p>
      <form className="form" onSubmit={onSubmit} aria-busy={busy} noValidate>
        <FileChoice
          label={t.keysLabel}
          hint={t.keysHint}
          buttonLabel={t.chooseFiles}
          chosenText={chosenText(keyFiles)}
          multiple
          problems={readProblems.keys}
          onChoose={(files) =>
            void readTextFiles(files, ROSTER_MAX_UNITS, DISTRICT_FILE_MAX_CHARS).then((read) => {
              changed(setKeyFiles)(read.files);
              setReadProblems((p) => ({ ...p, keys: read.problems }));
            })
          }
        />
        <FileChoice
          label={t.previousLabel}
          hint={t.previousHint}
          buttonLabel={t.chooseFile}
          chosenText={chosenText(previous)}
          problems={readProblems.previous}
          onChoose={(files) =>
            void readTextFiles(files, 1, DISTRICT_FILE_MAX_CHARS).then((read) => {
              changed(setPrevious)(read.files);
              setReadProblems((p) => ({ ...p, previous: read.problems }));
            })
          }
        />
        <TextField
          label={t.districtLabel}
          hint={t.districtHint}
          value={district}
          onChange={changed(setDistrict)}
          maxLength={DISTRICT_NAME_MAX}
          error={tried ? districtError : null}
          required
        />
        <SelectField
          label={t.validFromLabel}
          hint={t.validFromHint}
          value={validFrom}
          options={quarters.map((quarter, index) => ({ value: quarter, label: t.validFromOption(quarter, index === 0) }))}
          onChange={(value) => {
            if (value) changed(setValidFrom)(value);
          }}
        />
        <TextField
          label={t.thresholdLabel}
          hint={t.thresholdHint}
          value={threshold}
          onChange={changed(setThreshold)}
          inputMode="numeric"
          inputClassName="input-short"
          error={tried ? thresholdError : null}
        />
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={perturbation}
              onChange={(event) => changed(setPerturbation)(event.target.checked)}
              aria-describedby={`${headingId}-pert`}
            />
            <span>{t.perturbationLabel}</span>
          </label>
          <p className="field-hint" id={`${headingId}-pert`}>
            {t.perturbationHint}
          </p>
        </div>
        <ErrorMessage message={error} />
        <SubmitRow label={t.build} busy={busy} busyLabel={t.buildBusy} problem={keyFiles.length === 0 ? t.noKeys : null} />
      </form>
      {result && result.problems.length > 0 ? (
        <section className="district-problems roster-problems" aria-labelledby={problemsId}>
          <h3 id={problemsId} tabIndex={-1}>
            {t.problemsTitle}
          </h3>
          <ProblemList problems={result.problems} roles={t.problemRole} />
          <p>{t.problemsHint}</p>
        </section>
      ) : null}
      {result?.roster ? <Result roster={result.roster} headingId={resultId} /> : null}
    </section>
  );
}
