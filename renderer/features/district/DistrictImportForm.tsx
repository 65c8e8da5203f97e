/** Choosing the units' JSON exports (and optionally those of the previous period) and merging them. */
import { useId, type FormEvent } from 'react';
import { DISTRICT_NAME_MAX } from '../../../electron/contract/areas/district';
import { districtTexts as t } from '../../i18n/district';
import { FieldFrame } from '../../ui/FieldFrame';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { focusHeading } from '../statistics/focus';
import { chooseFiles, mergeFiles, setDistrictName, useDistrict, type FileRole, type ImportedFile } from './districtStore';

export const PROBLEMS_ID = 'bezirk-probleme';
export const REPORT_ID = 'bezirk-ueberblick';

function FileChoice({ role, label, hint, files, problems }: { role: FileRole; label: string; hint: string; files: ImportedFile[]; problems: string[] }) {
  const chosenId = useId();
  return (
    <div className="district-file-choice">
      <FieldFrame label={label} hint={hint} describedBy={files.length > 0 ? [chosenId] : []}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="file"
            multiple
            accept=".json,application/json"
            className="field-input district-file-input"
            aria-describedby={describedBy}
            onChange={(event) => void chooseFiles(role, [...(event.target.files ?? [])])}
          />
        )}
      </FieldFrame>
      {files.length > 0 ? (
        <p className="district-chosen" id={chosenId}>
          {t.chosen(files.map((f) => f.name))}
        </p>
      ) : null}
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
        <FileChoice role="previous" label={t.previousLabel} hint={t.previousHint} files={previous} problems={readProblems.previous} />
        <TextField label={t.districtNameLabel} hint={t.districtNameHint} value={districtName} onChange={setDistrictName} maxLength={DISTRICT_NAME_MAX} />
        <ErrorMessage message={error} />
        <SubmitRow label={t.merge} busy={busy} busyLabel={t.mergeBusy} problem={files.length === 0 ? t.noFiles : null} />
      </form>
    </section>
  );
}
