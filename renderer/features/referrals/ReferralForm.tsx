/**
 * "Vermittlung anlegen": partner, life area, reason, date and the clear choice whether data goes
 * to the partner (`referrals.create`). When the main process answers RELEASE_REQUIRED, its
 * message stands here with the two ways on: record the release now, or save without data transfer.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { LifeAreaView } from '../../../electron/contract/areas/cases';
import type { NetworkLabels, PartnerView, ReferralView, ReleaseView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { ReleaseForm } from './ReleaseForm';
import { FormHeading } from '../../ui/sectionParts';

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

export function ReferralForm({ caseId, personId, labels, partners, lifeAreas, releases, onSaved, onReleaseSaved, onCancel }: ReferralFormProps) {
  const headingId = useId();
  const [partnerId, setPartnerId] = useState('');
  const [lifeAreaId, setLifeAreaId] = useState('');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(clock.today());
  const [transfer, setTransfer] = useState<Transfer | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
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

  function edit<V>(setter: (value: V) => void) {
    return (value: V) => {
      setter(value);
      setReleaseRequired(false);
      setRecordingRelease(false);
      setError(null);
      setNotice(null);
    };
  }

  async function save(dataTransfer: boolean) {
    if (busy || problem) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await call('referrals.create', { caseId, partnerId, lifeAreaId, reason: reason.trim(), date, dataTransfer });
    setBusy(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    setError(result.error.message);
    const required = result.error.code === 'RELEASE_REQUIRED';
    setReleaseRequired(required);
    if (required) requestAnimationFrame(() => wayOn.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(transfer === 'ja');
  }

  function continueWithoutTransfer() {
    setTransfer('nein');
    setReleaseRequired(false);
    void save(false);
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
      <form className="form" ref={form} onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <SelectField
          label={t.partnerLabel}
          value={partnerId}
          onChange={edit(setPartnerId)}
          placeholder={t.partnerPlaceholder}
          options={partners.map((p) => ({ value: p.id, label: `${p.organisation} (${p.legalAreaLabel})` }))}
          hint={partners.length === 0 ? network.common.noActivePartners : undefined}
          required
        />
        <SelectField
          label={t.lifeAreaLabel}
          value={lifeAreaId}
          onChange={edit(setLifeAreaId)}
          placeholder={t.lifeAreaPlaceholder}
          options={lifeAreas.map((a) => ({ value: a.id, label: a.name }))}
          required
        />
        <TextArea label={t.reasonLabel} hint={t.reasonHint} value={reason} onChange={edit(setReason)} maxLength={2000} />
        <TextField label={t.dateLabel} type="date" value={date} onChange={edit(setDate)} max={clock.today()} required />
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
          onChange={edit(setTransfer)}
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
          onCancel={onCancel}
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
