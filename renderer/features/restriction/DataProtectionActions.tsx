/**
 * In a case's Abschluss section: "Verarbeitung einschränken" (Art. 18 DSGVO) and "Einwilligung
 * widerrufen" (dated; the case then closes or is restricted, and the person's releases end the
 * same day, which the confirmation says before anything is saved). Each behind a button that
 * opens it (aria-expanded), so the keyboard opens and closes them like any button.
 */
import { useId, useState, type FormEvent } from 'react';
import type { CaseView } from '../../../electron/contract/areas/cases';
import type { ConsentWithdrawalFollowUp } from '../../../electron/contract/areas/consent';
import { RESTRICTION_REASON_MAX } from '../../../electron/contract/areas/restriction';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { restrictionTexts as t } from '../../i18n/restriction';
import { today } from '../../state/clock';
import { lockEpoch } from '../../state/session';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { Disclosure } from '../../ui/Disclosure';

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
  const [since, setSince] = useState(today());
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = !isDay(since) || since > today() || since < openedAt ? t.dateMissing : reason.trim() === '' ? t.reasonMissing : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem) return;
    const epoch = lockEpoch();
    setBusy(true);
    setError(null);
    const result = await call('restrictions.restrict', { caseId, since, reason: reason.trim() });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextField label={t.sinceLabel} type="date" value={since} onChange={setSince} min={openedAt} max={today()} />
      <TextArea label={t.reasonLabel} value={reason} onChange={setReason} maxLength={RESTRICTION_REASON_MAX} rows={2} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.restrictSubmit} busy={busy} busyLabel={t.restricting} problem={problem} />
    </form>
  );
}

function WithdrawForm({ view, givenAt, onDone }: { view: CaseView; givenAt: string; onDone: () => void }) {
  const confirmId = useId();
  const restricted = view.restriction !== null;
  const [withdrawnAt, setWithdrawnAt] = useState(today());
  // A restricted case stays restricted: closing it would be a change.
  const [followUp, setFollowUp] = useState<ConsentWithdrawalFollowUp>(restricted ? 'einschraenken' : 'abschliessen');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsReason = followUp === 'einschraenken' && !restricted;
  const problem =
    !isDay(withdrawnAt) || withdrawnAt > today() || withdrawnAt < givenAt
      ? t.dateMissing
      : needsReason && reason.trim() === ''
        ? t.reasonMissing
        : !confirmed
          ? t.confirmMissing
          : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem) return;
    const epoch = lockEpoch();
    setBusy(true);
    setError(null);
    const result = await call('consents.withdraw', {
      caseId: view.id,
      withdrawnAt,
      followUp,
      ...(needsReason ? { restrictionReason: reason.trim() } : {}),
    });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  }

  const options = [
    ...(restricted ? [] : [{ value: 'abschliessen' as const, label: view.open ? t.followUpClose : t.followUpStaysClosed }]),
    { value: 'einschraenken' as const, label: t.followUpRestrict },
  ];
  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextField label={t.withdrawnAtLabel} type="date" value={withdrawnAt} onChange={setWithdrawnAt} min={givenAt} max={today()} />
      <ChoiceGroup legend={t.followUpLegend} options={options} value={followUp} onChange={setFollowUp} />
      {needsReason ? <TextArea label={t.restrictionReasonLabel} value={reason} onChange={setReason} maxLength={RESTRICTION_REASON_MAX} rows={2} /> : null}
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
