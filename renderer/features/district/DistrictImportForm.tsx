/** Choosing the units' JSON exports (and optionally those of the previous period) and merging them. */
import { useId, useMemo, type FormEvent } from 'react';
import { DISTRICT_NAME_MAX, districtPeriodOf, periodChoices } from '../../../electron/contract/areas/district';
import { districtTexts as t } from '../../i18n/district';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { focusHeading } from '../statistics/focus';
import { chooseFiles, mergeFiles, quartersOf, setDistrictName, setDistrictPeriod, useDistrict, type FileRole, type ImportedFile } from './districtStore';

export const PROBLEMS_ID = 'bezirk-probleme';
export const REPORT_ID = 'bezirk-ueberblick';

/**
 * A file input with a German button: the native control's own texts follow the system language,
 * so it is visually hidden (still focusable, named by the field label) and a label acts as button.
 */
function FileChoice({ role, label, hint, files, problems }: { role: FileRole; label: string; hint: string; files: ImportedFile[]; problems: string[] }) {
  const id = useId();
  const described = [`${id}-hint`, `${id}-chosen`].join(' ');
  return (
    <div className="field district-file-choice">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="district-file-control">
        <input
          id={id}
          type="file"
          multiple
          accept=".json,application/json"
          className="district-file-input"
          aria-labelledby={`${id}-label`}
          aria-describedby={described}
          onChange={(event) => void chooseFiles(role, [...(event.target.files ?? [])])}
        />
        <label htmlFor={id} className="button button-secondary district-file-button" aria-hidden="true">
          {t.chooseFiles}
        </label>
        <span className="district-chosen" id={`${id}-chosen`}>
          {files.length > 0 ? t.chosen(files.map((f) => f.name)) : t.nothingChosen}
        </span>
      </div>
      {problems.map((problem) => (
        <p key={problem} className="field-error">
          {problem}
        </p>
      ))}
    </div>
  );
}

export function DistrictImportForm() {
  const headingId = useId();
  const files = useDistrict((s) => s.files);
  const previous = useDistrict((s) => s.previous);
  const readProblems = useDistrict((s) => s.readProblems);
  const districtName = useDistrict((s) => s.districtName);
  const period = useDistrict((s) => s.period);
  // The quarters, half-years and years the chosen files can make; a choice made before stays listed.
  const choices = useMemo(() => {
    const found = periodChoices(quartersOf(files));
    const all = period && !found.some((p) => p.label === period) ? [districtPeriodOf(period), ...found] : found;
    return all.map((p) => ({ value: p.label, label: p.title }));
  }, [files, period]);
  const busy = useDistrict((s) => s.busy);
  const error = useDistrict((s) => s.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await mergeFiles();
    if (result) focusHeading(result.report ? REPORT_ID : PROBLEMS_ID);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.importTitle}</h2>
      <p>{t.importText}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <FileChoice role="current" label={t.filesLabel} hint={t.filesHint} files={files} problems={readProblems.current} />
        <SelectField
          label={t.periodLabel}
          hint={t.periodHint}
          value={period}
          options={choices}
          onChange={setDistrictPeriod}
          placeholder={t.periodAutomatic}
          disabled={files.length === 0}
        />
        <FileChoice role="previous" label={t.previousLabel} hint={t.previousHint} files={previous} problems={readProblems.previous} />
        <TextField label={t.districtNameLabel} hint={t.districtNameHint} value={districtName} onChange={setDistrictName} maxLength={DISTRICT_NAME_MAX} />
        <ErrorMessage message={error} />
        <SubmitRow label={t.merge} busy={busy} busyLabel={t.mergeBusy} problem={files.length === 0 ? t.noFiles : null} />
      </form>
    </section>
  );
}
