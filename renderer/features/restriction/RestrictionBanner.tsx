/**
 * Above every section of a restricted case (Art. 18 DSGVO): since when and why it is read only,
 * and "Einschränkung aufheben" with the date, behind a button that opens it (keyboard-operable).
 */
import { useState } from 'react';
import type { CaseView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { restrictionTexts as t } from '../../i18n/restriction';
import { today } from '../../state/clock';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { DateField } from '../../ui/DateField';
import { Disclosure } from '../../ui/Disclosure';
import { useSubmit } from '../../ui/useSubmit';

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
  const problem = !isDay(liftedAt) || liftedAt > today() || liftedAt < since ? t.dateMissing : null;
  const { busy, error, submit } = useSubmit(() => (problem ? null : call('restrictions.lift', { caseId, liftedAt })), onDone);

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <DateField label={t.liftedAtLabel} value={liftedAt} onChange={setLiftedAt} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.liftSubmit} busy={busy} busyLabel={t.lifting} problem={problem} />
    </form>
  );
}
