/**
 * "Vermittlung anlegen": partner, life area, reason, date and the clear choice whether data goes
 * to the partner (`referrals.create`). When the main process answers RELEASE_REQUIRED, its
 * message stands here with the two ways on: record the release now, or save without data transfer.
 * What is typed is kept as a draft (`referral:new:<caseId>`) until it is saved or cancelled.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { LifeAreaView } from '../../../electron/contract/areas/cases';
import type { NetworkLabels, PartnerView, ReferralView, ReleaseView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { FormHeading } from '../../ui/sectionParts';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { ReleaseForm } from './ReleaseForm';

const t = network.referrals;
type Transfer = 'ja' | 'nein';

export interface ReferralFormProps {
  caseId: string;
  personId: string;
  labels: NetworkLabels;
  partners: PartnerView[];
  lifeAreas: LifeAreaView[];
  releases: ReleaseView[];
  onSaved: (referral: ReferralView) => void;
  onReleaseSaved: (release: ReleaseView) => void;
  onCancel: () => void;
}

/** The key of the draft of a new referral of the case. */
export const newReferralDraftKey = (caseId: string) => `referral:new:${caseId}`;

export function ReferralForm({ caseId, personId, labels, partners, lifeAreas, releases, onSaved, onReleaseSaved, onCancel }: ReferralFormProps) {
  const headingId = useId();
  const draft = useFormDraft(
    newReferralDraftKey(caseId),
    { partnerId: '', lifeAreaId: '', reason: '', date: clock.today(), transfer: '' as Transfer | '' },
    { caseId, personId },
  );
  const { partnerId, lifeAreaId, reason, date, transfer } = draft.values;
  const [releaseRequired, setReleaseRequired] = useState(false);
  const [recordingRelease, setRecordingRelease] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const wayOn = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);

  const partner = partners.find((p) => p.id === partnerId);
  const hasValidRelease = releases.some((r) => r.partnerId === partnerId && r.state === 'gueltig');
  const problem =
    partnerId === ''
      ? t.problems.partner
      : lifeAreaId === ''
        ? t.problems.lifeArea
        : reason.trim() === ''
          ? t.problems.reason
          : !isIsoDate(date)
            ? t.problems.date
            : transfer === ''
              ? t.problems.transfer
              : null;

  /** What the next save sends as dataTransfer, and whether the last refusal asked for a release. */
  const sending = useRef({ dataTransfer: false, releaseRequired: false });
  const { busy, error, submit, setError } = useSubmit<ReferralView>(
    () =>
      problem
        ? null
        : call('referrals.create', { caseId, partnerId, lifeAreaId, reason: reason.trim(), date, dataTransfer: sending.current.dataTransfer }).then(
            (result) => {
              sending.current.releaseRequired = !result.ok && result.error.code === 'RELEASE_REQUIRED';
              return result;
            },
          ),
    (referral) => {
      draft.clear();
      onSaved(referral);
    },
  );

  function edit<K extends keyof typeof draft.values>(name: K) {
    return (value: (typeof draft.values)[K]) => {
      draft.set(name, value);
      setReleaseRequired(false);
      setRecordingRelease(false);
      setError(null);
      setNotice(null);
    };
  }

  async function save(dataTransfer: boolean) {
    setNotice(null);
    sending.current = { dataTransfer, releaseRequired: false };
    await submit();
    const required = sending.current.releaseRequired;
    setReleaseRequired(required);
    if (required) requestAnimationFrame(() => wayOn.current?.focus());
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(transfer === 'ja');
  }

  function continueWithoutTransfer() {
    draft.set('transfer', 'nein');
    setReleaseRequired(false);
    void save(false);
  }

  function cancel() {
    draft.clear();
    onCancel();
  }

  function releaseSaved(release: ReleaseView) {
    setRecordingRelease(false);
    setReleaseRequired(false);
    setError(null);
    setNotice(t.releaseThenSave);
    onReleaseSaved(release);
    requestAnimationFrame(() => form.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus());
  }

  return (
    <div className="network-form">
      <FormHeading id={headingId}>{t.formTitle}</FormHeading>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <form className="form" ref={form} onSubmit={onSubmit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <SelectField
          label={t.partnerLabel}
          value={partnerId}
          onChange={edit('partnerId')}
          placeholder={t.partnerPlaceholder}
          options={partners.map((p) => ({ value: p.id, label: `${p.organisation} (${p.legalAreaLabel})` }))}
          hint={partners.length === 0 ? network.common.noActivePartners : undefined}
          required
        />
        <SelectField
          label={t.lifeAreaLabel}
          value={lifeAreaId}
          onChange={edit('lifeAreaId')}
          placeholder={t.lifeAreaPlaceholder}
          options={lifeAreas.map((a) => ({ value: a.id, label: a.name }))}
          required
        />
        <TextArea label={t.reasonLabel} hint={t.reasonHint} value={reason} onChange={edit('reason')} maxLength={2000} />
        <DateField label={t.dateLabel} value={date} onChange={edit('date')} required />
        <ChoiceGroup<Transfer>
          legend={t.transferLegend}
          hint={
            <>
              {t.transferHint}
              {partner ? ` ${hasValidRelease ? t.releaseFound(partner.organisation) : t.releaseMissing(partner.organisation)}` : null}
            </>
          }
          options={[
            { value: 'ja', label: t.transferYes },
            { value: 'nein', label: t.transferNo },
          ]}
          value={transfer}
          onChange={edit('transfer')}
        />
        <ErrorMessage message={error} />
        {releaseRequired ? (
          <div className="notice notice-warning" role="group" aria-label={t.releaseRequiredTitle}>
            <p className="notice-strong">{t.releaseRequiredTitle}</p>
            <div className="network-actions">
              <button type="button" className="button button-secondary" ref={wayOn} onClick={() => setRecordingRelease(true)}>
                {t.recordReleaseNow}
              </button>
              <Button onClick={continueWithoutTransfer}>{t.continueWithoutTransfer}</Button>
            </div>
          </div>
        ) : null}
        <SubmitRow
          label={t.submit}
          busy={busy}
          busyLabel={network.common.busy}
          problem={problem}
          blocked={recordingRelease}
          onCancel={cancel}
          cancelLabel={network.common.cancel}
        />
        <StatusMessage>{notice}</StatusMessage>
      </form>
      {recordingRelease ? (
        <ReleaseForm
          personId={personId}
          partners={partners}
          labels={labels}
          partnerId={partnerId}
          onCancel={() => {
            setRecordingRelease(false);
            requestAnimationFrame(() => wayOn.current?.focus());
          }}
          onSaved={releaseSaved}
        />
      ) : null}
    </div>
  );
}
