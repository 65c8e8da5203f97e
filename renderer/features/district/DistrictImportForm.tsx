/** Choosing the units' JSON exports (and optionally those of the previous period) and merging them. */
import { useId, useMemo, type FormEvent } from 'react';
import { DISTRICT_NAME_MAX, districtPeriodOf, periodChoices } from '../../../electron/contract/areas/district';
import { districtTexts as t } from '../../i18n/district';
import { FileChoice } from '../../ui/FileChoice';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { focusHeading } from '../statistics/focus';
import { chooseFiles, mergeFiles, quartersOf, setDistrictName, setDistrictPeriod, useDistrict, type FileRole, type ImportedFile } from './districtStore';

export const PROBLEMS_ID = 'bezirk-probleme';
export const REPORT_ID = 'bezirk-ueberblick';

/** One of the two file choices (this period's exports, the previous period's). */
function ExportChoice({ role, label, hint, files, problems }: { role: FileRole; label: string; hint: string; files: ImportedFile[]; problems: string[] }) {
  return (
    <FileChoice
      label={label}
      hint={hint}
      buttonLabel={t.chooseFiles}
      chosenText={files.length > 0 ? t.chosen(files.map((f) => f.name)) : t.nothingChosen}
      multiple
      problems={problems}
      onChoose={(chosen) => void chooseFiles(role, chosen)}
    />
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
        <ExportChoice role="current" label={t.filesLabel} hint={t.filesHint} files={files} problems={readProblems.current} />
        <SelectField
          label={t.periodLabel}
          hint={t.periodHint}
          value={period}
          options={choices}
          onChange={setDistrictPeriod}
          placeholder={t.periodAutomatic}
          disabled={files.length === 0}
        />
        <ExportChoice role="previous" label={t.previousLabel} hint={t.previousHint} files={previous} problems={readProblems.previous} />
        <TextField label={t.districtNameLabel} hint={t.districtNameHint} value={districtName} onChange={setDistrictName} maxLength={DISTRICT_NAME_MAX} />
        <ErrorMessage message={error} />
        <SubmitRow label={t.merge} busy={busy} busyLabel={t.mergeBusy} problem={files.length === 0 ? t.noFiles : null} />
      </form>
    </section>
  );
}
