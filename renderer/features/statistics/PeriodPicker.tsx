/** Choosing the period (year, half-year or quarter, as the main process offers them) and showing its preview. */
import { useEffect, useState, type FormEvent } from 'react';
import type { StatisticsPeriod } from '../../../electron/contract/areas/statistics';
import { statisticsTexts as t } from '../../i18n/statistics';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { focusHeading } from './focus';
import { OVERVIEW_ID } from './PreviewSummary';
import { loadPreview } from './statisticsStore';

export function PeriodPicker({ periods, period, busy }: { periods: readonly StatisticsPeriod[]; period: string; busy: boolean }) {
  const [chosen, setChosen] = useState(period);
  useEffect(() => setChosen(period), [period]);
  const options = periods.map((p) => ({ value: p.label, label: t.periodOption(p.title, p.running) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || busy) return;
    await loadPreview(chosen);
    // The new numbers are below: take the focus there, to their overview.
    focusHeading(OVERVIEW_ID);
  }

  return (
    <form className="form stats-period" onSubmit={submit} aria-busy={busy} noValidate>
      <SelectField label={t.periodLabel} hint={t.periodHint} value={chosen} options={options} onChange={(value) => setChosen(value)} />
      <SubmitRow label={t.showPreview} busy={busy} busyLabel={t.previewBusy} />
    </form>
  );
}
