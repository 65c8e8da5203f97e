/**
 * Zielvereinbarung: its versions (date, goals, signed or not), a new version from the goals as
 * they are now, and the order a case manager works in: print the latest version to sign (empty
 * lines for date and signatures), then record the day it was signed. A signed version prints as
 * the record of that day. Shown first in the Ziele tab: it is what the tab leads to.
 * It prints in German and the language chosen above the table (preset to the first of the
 * person's languages the text catalogue has, else German in Leichte Sprache).
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AgreementSummary } from '../../../electron/contract/areas/assessment';
import type { DocumentLanguage } from '../../../electron/contract/areas/documentTexts';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { ta } from '../../i18n/assessment';
import { goalTexts } from '../../i18n/goals';
import { printoutTexts } from '../../i18n/printouts';
import * as clock from '../../state/clock';
import { useCall } from '../../state/useLoad';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { DocumentLanguageSelect, defaultDocumentLanguage } from '../../ui/DocumentLanguageSelect';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SavePdfButton } from '../../ui/SavePdfButton';
import { SubmitRow } from '../../ui/SubmitRow';
import { useFormDraft, useHasDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { SignAgreementForm, signDraftKey } from './SignAgreementForm';

const t = ta.agreements;
const g = goalTexts.agreements;

function signatureText(a: AgreementSummary): string {
  if (a.signedAt) return a.signedPrintout ? printoutTexts.agreementSigned(a.signedAt, a.signedPrintout.code) : t.signed(a.signedAt);
  return a.superseded ? t.superseded : t.unsigned;
}

/** The latest version, not yet signed: the one to print and sign. */
const toSign = (a: AgreementSummary) => !a.signedAt && !a.superseded;

export interface AgreementsPanelProps {
  caseId: string;
  closed: boolean;
  /** The person's languages (ISO 639 codes), for the language the agreement prints in. */
  personLanguages?: readonly string[] | undefined;
  onChanged: () => void;
}

export function AgreementsPanel({ caseId, closed, personLanguages = [], onChanged }: AgreementsPanelProps) {
  const id = useId();
  const today = clock.today();
  const [agreements, setAgreements] = useState<AgreementSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [signing, setSigning] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const request = useRef(0);
  const catalogue = useCall('documentTexts.languages', {});
  const [chosenLanguage, setChosenLanguage] = useState<DocumentLanguage | null>(null);
  // Without the catalogue (it could not be loaded: the error is shown) the agreement still prints, in German.
  const language: DocumentLanguage | null =
    chosenLanguage ?? (catalogue.data ? defaultDocumentLanguage(personLanguages, catalogue.data) : catalogue.error ? 'de' : null);
  const form = useFormDraft(`agreement:new:${caseId}`, { date: today }, { caseId });
  const { date } = form.values;

  const reload = useCallback(async () => {
    const mine = ++request.current;
    const result = await call('agreement.list', { caseId });
    if (mine !== request.current) return;
    if (result.ok) setAgreements(result.value);
    else setLoadError(result.error.message);
  }, [caseId]);

  useEffect(() => {
    setAgreements(null);
    void reload();
  }, [reload]);

  // A signature begun before a lock or a change of screen: its form opens again with the draft.
  const current = agreements?.[0];
  const signDraft = useHasDraft(signDraftKey(current && toSign(current) ? current.id : 'none'));
  useEffect(() => {
    if (signDraft && current && toSign(current) && !closed) setSigning(current.id);
  }, [signDraft, current, closed]);

  const creating = useSubmit(
    () => (date === '' ? null : call('agreement.create', { caseId, date })),
    (created) => {
      form.clear();
      setNotice(t.created(created.version));
      void reload();
      onChanged();
    },
  );

  async function signed(version: number) {
    setSigning(null);
    setNotice(t.signSaved(version));
    heading.current?.focus();
    await reload();
    onChanged();
  }

  const signingAgreement = agreements?.find((a) => a.id === signing) ?? null;
  const nextVersion = (agreements?.[0]?.version ?? 0) + 1;
  const latestSigned = agreements?.[0]?.signedAt != null;
  const busy = creating.busy;

  return (
    <section className="as-part as-agreements" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t.title}
      </h3>
      <p>{t.intro}</p>
      {agreements === null ? null : agreements.length === 0 ? (
        <p>{t.none}</p>
      ) : catalogue.data && language ? (
        <DocumentLanguageSelect label={g.language} languages={catalogue.data} value={language} onChange={setChosenLanguage} />
      ) : catalogue.error ? null : (
        <p className="field-hint">{g.languagesLoading}</p>
      )}
      {agreements === null || agreements.length === 0 ? null : (
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
                    {language ? (
                      <SavePdfButton
                        paper={{ method: 'agreement.pdf', input: { agreementId: a.id, language } }}
                        label={toSign(a) ? g.printToSign : g.printSigned}
                        ariaLabel={`${toSign(a) ? g.printToSign : g.printSigned} ${t.forVersion(a.version)}`}
                      />
                    ) : null}
                    {!closed && toSign(a) ? (
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
      {!closed && current && toSign(current) ? <p className="as-agreement-next">{g.printToSignHint}</p> : null}
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
      <ErrorMessage message={loadError ?? catalogue.error} />
      <StatusMessage>{notice}</StatusMessage>
      {closed ? null : (
        <>
          <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
          <form className="form as-form-inline" onSubmit={(event) => void creating.submit(event)} aria-busy={creating.busy} noValidate>
            <DateField label={t.createDate} hint={t.createHint(nextVersion)} required value={date} onChange={(v) => form.set('date', v)} />
            <ErrorMessage message={creating.error} />
            <SubmitRow label={t.create} busy={creating.busy} busyLabel={ta.common.busy} problem={date === '' ? ta.assessment.problems.date : null} />
          </form>
        </>
      )}
    </section>
  );
}
