/**
 * Choosing the quarter and showing its preview. A native select: every quarter with its state
 * ("läuft noch (vorläufig)", "bereit zum Export", "veröffentlicht am …"), operable by keyboard
 * and read well by screen readers.
 */
import { type FormEvent, useEffect, useState } from 'react';
import type { StatisticsPeriod } from '../../../electron/contract/areas/statistics';
import { periodStateText, statisticsTexts as t } from '../../i18n/statistics';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { focusHeading } from './focus';
import { OVERVIEW_ID } from './PreviewSummary';
import { loadPreview } from './statisticsStore';

export function PeriodPicker({ periods, period, busy }: { periods: readonly StatisticsPeriod[]; period: string; busy: boolean }) {
  const [chosen, setChosen] = useState(period);
  useEffect(() => setChosen(period), [period]);
  const options = periods.map((p) => ({ value: p.label, label: t.periodOption(p.title, periodStateText(p.state, p.publishedOn)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || busy) return;
    await loadPreview(chosen);
    // The new numbers are below: take the focus there, to their overview.
    focusHeading(OVERVIEW_ID);
  }

  if (periods.length === 0) return <p>{t.noPeriods}</p>;
  return (
    <form className="form stats-period" onSubmit={submit} aria-busy={busy} noValidate>
      <SelectField label={t.periodLabel} hint={t.periodHint} value={chosen} options={options} onChange={(value) => setChosen(value)} />
      <SubmitRow label={t.showPreview} busy={busy} busyLabel={t.previewBusy} />
    </form>
  );
}
