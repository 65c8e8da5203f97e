/**
 * Above every section of a restricted case (Art. 18 DSGVO): since when and why it is read only,
 * and "Einschränkung aufheben" with the date, behind a button that opens it (keyboard-operable).
 */
import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { restrictionTexts as t } from '../../i18n/restriction';
import { today } from '../../state/clock';
import { lockEpoch } from '../../state/session';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { Disclosure } from '../../ui/Disclosure';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function RestrictionBanner({ view, onChanged }: { view: CaseView; onChanged: () => void }) {
  const restriction = view.restriction;
  const [open, setOpen] = useState(false);
  if (!restriction) return null;
  return (
    <section className="notice notice-warning restriction-banner" aria-label={t.listMarkLabel}>
      <p>
        <strong>{t.banner(germanDay(restriction.since), restriction.reason)}</strong>
      </p>
      <p>{t.bannerLead}</p>
      <p>{t.recordedBy(restriction.recordedBy)}</p>
      <Disclosure label={t.liftSummary} open={open} onToggle={setOpen}>
        <p>{t.liftLead}</p>
        <LiftForm caseId={view.id} since={restriction.since} onDone={onChanged} />
      </Disclosure>
    </section>
  );
}

function LiftForm({ caseId, since, onDone }: { caseId: string; since: string; onDone: () => void }) {
  const [liftedAt, setLiftedAt] = useState(today());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = !isDay(liftedAt) || liftedAt > today() || liftedAt < since ? t.dateMissing : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem) return;
    const epoch = lockEpoch();
    setBusy(true);
    setError(null);
    const result = await call('restrictions.lift', { caseId, liftedAt });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextField label={t.liftedAtLabel} type="date" value={liftedAt} onChange={setLiftedAt} min={since} max={today()} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.liftSubmit} busy={busy} busyLabel={t.lifting} problem={problem} />
    </form>
  );
}
