/**
 * Zielvereinbarung: its versions (date, goals, signed or not), a new version from the goals as
 * they are now, the signature of the latest one, and each version as a PDF.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AgreementSummary } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { ta } from '../../i18n/assessment';
import * as clock from '../../state/clock';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { savePdf } from './savePdf';
import { SignAgreementForm } from './SignAgreementForm';

const t = ta.agreements;

function signatureText(a: AgreementSummary): string {
  if (a.signedAt) return t.signed(a.signedAt);
  return a.superseded ? t.superseded : t.unsigned;
}

export interface AgreementsPanelProps {
  caseId: string;
  closed: boolean;
  onChanged: () => void;
}

export function AgreementsPanel({ caseId, closed, onChanged }: AgreementsPanelProps) {
  const id = useId();
  const today = clock.today();
  const [agreements, setAgreements] = useState<AgreementSummary[] | null>(null);
  const [date, setDate] = useState(today);
  const [signing, setSigning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const request = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++request.current;
    const result = await call('agreement.list', { caseId });
    if (mine !== request.current) return;
    if (result.ok) setAgreements(result.value);
    else setError(result.error.message);
  }, [caseId]);

  useEffect(() => {
    setAgreements(null);
    void reload();
  }, [reload]);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy || date === '') return;
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await call('agreement.create', { caseId, date });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setNotice(t.created(result.value.version));
    await reload();
    onChanged();
  }

  async function signed(version: number) {
    setSigning(null);
    setNotice(t.signSaved(version));
    heading.current?.focus();
    await reload();
    onChanged();
  }

  async function pdf(agreement: AgreementSummary) {
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await call('agreement.pdf', { agreementId: agreement.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    savePdf(result.value.fileName, result.value.pdf);
    setNotice(t.pdfDone(result.value.fileName));
  }

  const signingAgreement = agreements?.find((a) => a.id === signing) ?? null;
  const nextVersion = (agreements?.[0]?.version ?? 0) + 1;
  const latestSigned = agreements?.[0]?.signedAt != null;

  return (
    <section className="as-part as-agreements" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t.title}
      </h3>
      <p>{t.intro}</p>
      {agreements === null ? null : agreements.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="as-data-table">
          <caption className="sr-only">{t.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.version}</th>
              <th scope="col">{t.columns.date}</th>
              <th scope="col">{t.columns.goals}</th>
              <th scope="col">{t.columns.signature}</th>
              <th scope="col">{t.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((a) => (
              <tr key={a.id}>
                <th scope="row">{t.version(a.version)}</th>
                <td>{germanDay(a.date)}</td>
                <td>{a.goalCount}</td>
                <td className={a.signedAt ? 'as-agreement-signed' : undefined}>{signatureText(a)}</td>
                <td>
                  <div className="as-table-actions">
                    <Button className="as-button-small" disabled={busy} onClick={() => void pdf(a)}>
                      {t.pdf} <span className="sr-only">{t.forVersion(a.version)}</span>
                    </Button>
                    {!closed && !a.signedAt && !a.superseded ? (
                      <Button className="as-button-small" disabled={busy || signing !== null} onClick={() => setSigning(a.id)}>
                        {t.sign} <span className="sr-only">{t.forVersion(a.version)}</span>
                      </Button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {latestSigned ? <p className="notice notice-info">{t.signedNote}</p> : null}
      {signingAgreement ? (
        <SignAgreementForm
          agreement={signingAgreement}
          onSigned={() => void signed(signingAgreement.version)}
          onCancel={() => {
            setSigning(null);
            heading.current?.focus();
          }}
        />
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage>{notice}</StatusMessage>
      {closed ? null : (
        <form className="form as-form-inline" onSubmit={create} aria-busy={busy} noValidate>
          <TextField
            label={t.createDate}
            hint={t.createHint(nextVersion)}
            type="date"
            max={today}
            required
            value={date}
            onChange={setDate}
            inputClassName="as-input-date"
          />
          <SubmitRow label={t.create} busy={busy} busyLabel={ta.common.busy} problem={date === '' ? ta.assessment.problems.date : null} />
        </form>
      )}
    </section>
  );
}
