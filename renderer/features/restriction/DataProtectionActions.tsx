/**
 * In a case's Abschluss section: "Verarbeitung einschränken" (Art. 18 DSGVO) and "Einwilligung
 * widerrufen" (dated; the case then closes or is restricted, and the person's releases end the
 * same day, which the confirmation says before anything is saved). Each behind a button that
 * opens it (aria-expanded), so the keyboard opens and closes them like any button.
 */
import { useId, useState } from 'react';
import type { CaseView } from '../../../electron/contract/areas/cases';
import type { ConsentWithdrawalFollowUp } from '../../../electron/contract/areas/consent';
import { RESTRICTION_REASON_MAX } from '../../../electron/contract/areas/restriction';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { restrictionTexts as t } from '../../i18n/restriction';
import { today } from '../../state/clock';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { DateField } from '../../ui/DateField';
import { Disclosure } from '../../ui/Disclosure';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function DataProtectionActions({ view, onChanged }: { view: CaseView; onChanged: () => void }) {
  const [openPanel, setOpenPanel] = useState<'restrict' | 'withdraw' | null>(null);
  const toggle = (panel: 'restrict' | 'withdraw') => (isOpen: boolean) => setOpenPanel(isOpen ? panel : null);
  const consent = view.consent;
  return (
    <>
      {view.restriction === null ? (
        <Disclosure label={t.restrictSummary} className="restrict-case" open={openPanel === 'restrict'} onToggle={toggle('restrict')}>
          <p>{t.restrictLead}</p>
          <RestrictForm caseId={view.id} openedAt={view.openedAt} onDone={onChanged} />
        </Disclosure>
      ) : null}
      {consent && consent.revokedAt === null ? (
        <Disclosure label={t.withdrawSummary} className="withdraw-consent" open={openPanel === 'withdraw'} onToggle={toggle('withdraw')}>
          <p>{t.withdrawLead(germanDay(consent.givenAt))}</p>
          <WithdrawForm view={view} givenAt={consent.givenAt} onDone={onChanged} />
        </Disclosure>
      ) : null}
      {consent?.revokedAt ? <p>{t.alreadyWithdrawn(germanDay(consent.revokedAt))}</p> : null}
    </>
  );
}

function RestrictForm({ caseId, openedAt, onDone }: { caseId: string; openedAt: string; onDone: () => void }) {
  const form = useFormDraft(`restriction:new:${caseId}`, { since: today(), reason: '' }, { caseId });
  const { since, reason } = form.values;
  const problem = !isDay(since) || since > today() || since < openedAt ? t.dateMissing : reason.trim() === '' ? t.reasonMissing : null;
  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('restrictions.restrict', { caseId, since, reason: reason.trim() })),
    () => {
      form.clear();
      onDone();
    },
  );

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <DateField label={t.sinceLabel} value={since} onChange={(value) => form.set('since', value)} />
      <TextArea label={t.reasonLabel} value={reason} onChange={(value) => form.set('reason', value)} maxLength={RESTRICTION_REASON_MAX} rows={2} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.restrictSubmit} busy={busy} busyLabel={t.restricting} problem={problem} />
    </form>
  );
}

function WithdrawForm({ view, givenAt, onDone }: { view: CaseView; givenAt: string; onDone: () => void }) {
  const confirmId = useId();
  const restricted = view.restriction !== null;
  // A restricted case stays restricted: closing it would be a change.
  const form = useFormDraft(
    `consentWithdrawal:new:${view.id}`,
    { withdrawnAt: today(), followUp: (restricted ? 'einschraenken' : 'abschliessen') as ConsentWithdrawalFollowUp, reason: '' },
    { caseId: view.id },
  );
  const { withdrawnAt, reason } = form.values;
  const followUp: ConsentWithdrawalFollowUp = restricted ? 'einschraenken' : form.values.followUp;
  // The confirmation is given afresh each time, never restored from a draft.
  const [confirmed, setConfirmed] = useState(false);
  const needsReason = followUp === 'einschraenken' && !restricted;
  const problem =
    !isDay(withdrawnAt) || withdrawnAt > today() || withdrawnAt < givenAt
      ? t.dateMissing
      : needsReason && reason.trim() === ''
        ? t.reasonMissing
        : !confirmed
          ? t.confirmMissing
          : null;
  const { busy, error, submit } = useSubmit(
    () =>
      problem
        ? null
        : call('consents.withdraw', {
            caseId: view.id,
            withdrawnAt,
            followUp,
            ...(needsReason ? { restrictionReason: reason.trim() } : {}),
          }),
    () => {
      form.clear();
      onDone();
    },
  );

  const options = [
    ...(restricted ? [] : [{ value: 'abschliessen' as const, label: view.open ? t.followUpClose : t.followUpStaysClosed }]),
    { value: 'einschraenken' as const, label: t.followUpRestrict },
  ];
  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <DateField label={t.withdrawnAtLabel} value={withdrawnAt} onChange={(value) => form.set('withdrawnAt', value)} />
      <ChoiceGroup legend={t.followUpLegend} options={options} value={followUp} onChange={(value) => form.set('followUp', value)} />
      {needsReason ? (
        <TextArea label={t.restrictionReasonLabel} value={reason} onChange={(value) => form.set('reason', value)} maxLength={RESTRICTION_REASON_MAX} rows={2} />
      ) : null}
      <p className="notice notice-warning" id={confirmId}>
        {t.confirmText(isDay(withdrawnAt) ? germanDay(withdrawnAt) : '…', followUp === 'einschraenken' ? 'restrict' : view.open ? 'close' : 'staysClosed')}
      </p>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} aria-describedby={confirmId} />
          <span>{t.confirmLabel}</span>
        </label>
      </div>
      <ErrorMessage message={error} />
      <SubmitRow label={t.withdrawSubmit} busy={busy} busyLabel={t.withdrawing} problem={problem} />
    </form>
  );
}
