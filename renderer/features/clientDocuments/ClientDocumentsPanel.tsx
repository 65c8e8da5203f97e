/**
 * "Dokumente für die Person" on the person's page: Einwilligung, Terminzettel and
 * Schweigepflichtentbindung as PDFs in German and the chosen language, to be signed on paper
 * (clientDocuments.*). One language select for all three; the two papers with fields open as
 * small forms (disclosures), so the page stays short. Nothing is stored but the audit entry.
 */
import { useId, useState } from 'react';
import { CLIENT_DOCUMENT_LIMITS } from '../../../electron/contract/areas/clientDocuments';
import type { DocumentLanguage, DocumentLanguageInfo } from '../../../electron/contract/areas/documentTexts';
import type { ReleaseDataKind } from '../../../electron/contract/areas/network';
import { options, RELEASE_DATA_KIND_LABELS } from '../../../electron/contract/labels';
import { clientDocumentsTexts as t } from '../../i18n/clientDocuments';
import { isIsoDate } from '../../i18n/network';
import { parseGermanTime } from '../../i18n/dates';
import { useCall } from '../../state/useLoad';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import * as clock from '../../state/clock';
import { DateField } from '../../ui/DateField';
import { DocumentLanguageSelect, defaultDocumentLanguage } from '../../ui/DocumentLanguageSelect';
import { SavePdfButton } from '../../ui/SavePdfButton';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { type DisclosureState, FormHeading, OpenerButton, useDisclosure } from '../../ui/sectionParts';

const dataKindOptions = options(RELEASE_DATA_KIND_LABELS);

/** Empty fields go as null: the paper then has an empty line to write on. */
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function ClientDocumentsPanel({ personId, personLanguages }: { personId: string; personLanguages: readonly string[] }) {
  const headingId = useId();
  const catalogue = useCall('documentTexts.languages', {});
  const [chosen, setChosen] = useState<DocumentLanguage | null>(null);
  const appointment = useDisclosure();
  const release = useDisclosure();
  const languages = catalogue.data;

  return (
    <section className="panel client-documents" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.lead}</p>
      {catalogue.error ? (
        <p className="message message-error" role="status">
          {catalogue.error}
        </p>
      ) : null}
      {languages === null ? (
        catalogue.error ? null : (
          <p className="message message-status" role="status">
            {t.loading}
          </p>
        )
      ) : (
        <ClientDocumentForms
          personId={personId}
          languages={languages}
          language={chosen ?? defaultDocumentLanguage(personLanguages, languages)}
          onLanguage={setChosen}
          appointment={appointment}
          release={release}
        />
      )}
    </section>
  );
}

function ClientDocumentForms({
  personId,
  languages,
  language,
  onLanguage,
  appointment,
  release,
}: {
  personId: string;
  languages: readonly DocumentLanguageInfo[];
  language: DocumentLanguage;
  onLanguage: (language: DocumentLanguage) => void;
  appointment: DisclosureState;
  release: DisclosureState;
}) {
  return (
    <>
      <DocumentLanguageSelect languages={languages} value={language} onChange={onLanguage} />
      <div className="network-actions">
        <SavePdfButton paper={{ method: 'clientDocuments.consent', input: { personId, language } }} label={t.consent} />
        {appointment.open ? null : <OpenerButton disclosure={appointment} label={t.appointment.open} />}
        {release.open ? null : <OpenerButton disclosure={release} label={t.release.open} />}
      </div>
      {appointment.open ? <AppointmentForm personId={personId} language={language} onClose={appointment.hide} /> : null}
      {release.open ? <ReleasePaperForm personId={personId} language={language} onClose={release.hide} /> : null}
    </>
  );
}

function AppointmentForm({ personId, language, onClose }: { personId: string; language: DocumentLanguage; onClose: () => void }) {
  const headingId = useId();
  const a = t.appointment;
  const [date, setDate] = useState('');
  const [timeText, setTimeText] = useState('');
  const [timeTouched, setTimeTouched] = useState(false);
  const [place, setPlace] = useState('');
  const [withWhom, setWithWhom] = useState('');
  const [bring, setBring] = useState('');
  const [phone, setPhone] = useState('');
  const time = parseGermanTime(timeText);
  const ready = isIsoDate(date) && typeof time === 'string';
  return (
    <div className="network-form" role="group" aria-labelledby={headingId}>
      <FormHeading level={3} id={headingId}>
        {a.title}
      </FormHeading>
      <div className="form">
        <DateField label={a.date} value={date} onChange={setDate} required />
        <TextField
          label={a.time}
          hint={a.timeHint}
          value={timeText}
          onChange={setTimeText}
          onBlur={() => setTimeTouched(true)}
          error={timeTouched && time === undefined ? a.timeInvalid : null}
          required
          inputMode="numeric"
          autoComplete="off"
          placeholder="SS:MM"
          maxLength={5}
          inputClassName="input-time"
        />
        <TextField label={a.place} hint={a.placeHint} value={place} onChange={setPlace} maxLength={CLIENT_DOCUMENT_LIMITS.place} />
        <TextField label={a.withWhom} hint={a.optionalHint} value={withWhom} onChange={setWithWhom} maxLength={CLIENT_DOCUMENT_LIMITS.withWhom} />
        <TextArea label={a.bring} hint={a.optionalHint} value={bring} onChange={setBring} maxLength={CLIENT_DOCUMENT_LIMITS.bring} />
        <TextField label={a.phone} hint={a.phoneHint} type="tel" value={phone} onChange={setPhone} maxLength={CLIENT_DOCUMENT_LIMITS.phone} />
        {ready ? (
          <SavePdfButton
            paper={{
              method: 'clientDocuments.appointment',
              input: { personId, language, date, time, place: orNull(place), withWhom: orNull(withWhom), bring: orNull(bring), phone: orNull(phone) },
            }}
            label={a.save}
          />
        ) : (
          <p className="field-hint">{a.missing}</p>
        )}
        <div className="network-actions">
          <Button onClick={onClose}>{t.close}</Button>
        </div>
      </div>
    </div>
  );
}

function ReleasePaperForm({ personId, language, onClose }: { personId: string; language: DocumentLanguage; onClose: () => void }) {
  const headingId = useId();
  const r = t.release;
  const partners = useCall('partners.list', {});
  const [partnerId, setPartnerId] = useState('');
  const [dataKinds, setDataKinds] = useState<ReleaseDataKind[]>([]);
  const [purpose, setPurpose] = useState('');
  // From today, as the release recorded later will say; open-ended until revoked unless a last day is given.
  const [validFrom, setValidFrom] = useState(clock.today());
  const [validUntil, setValidUntil] = useState('');
  const list = partners.data ?? [];
  const untilBeforeFrom = isIsoDate(validFrom) && isIsoDate(validUntil) && validUntil < validFrom;
  const datesReady = (validFrom === '' || isIsoDate(validFrom)) && (validUntil === '' || isIsoDate(validUntil)) && !untilBeforeFrom;
  return (
    <div className="network-form" role="group" aria-labelledby={headingId}>
      <FormHeading level={3} id={headingId}>
        {r.title}
      </FormHeading>
      <div className="form">
        {partners.error ? (
          <p className="message message-error" role="status">
            {partners.error}
          </p>
        ) : null}
        {partners.data !== null && list.length === 0 ? <p className="field-hint">{r.noPartners}</p> : null}
        <SelectField
          label={r.partner}
          value={partnerId}
          onChange={setPartnerId}
          placeholder={r.partnerPlaceholder}
          options={list.map((p) => ({ value: p.id, label: p.organisation }))}
          required
        />
        <ChoiceGroup legend={r.dataKinds} hint={r.dataKindsHint} options={dataKindOptions} multiple value={dataKinds} onChange={setDataKinds} />
        <TextArea label={r.purpose} hint={r.purposeHint} value={purpose} onChange={setPurpose} maxLength={CLIENT_DOCUMENT_LIMITS.purpose} />
        <DateField label={r.validFrom} hint={r.validFromHint} value={validFrom} onChange={setValidFrom} />
        <DateField
          label={r.validUntil}
          hint={r.validUntilHint}
          value={validUntil}
          onChange={setValidUntil}
          error={untilBeforeFrom ? r.untilBeforeFrom : null}
        />
        {partnerId !== '' && datesReady ? (
          <SavePdfButton
            paper={{
              method: 'clientDocuments.release',
              input: {
                personId,
                partnerId,
                language,
                purpose: orNull(purpose),
                // In the order of the list, whatever order they were ticked in.
                dataKinds: dataKindOptions.map((o) => o.value).filter((kind) => dataKinds.includes(kind)),
                validFrom: orNull(validFrom),
                validUntil: orNull(validUntil),
              },
            }}
            label={r.save}
          />
        ) : (
          <p className="field-hint">{partnerId === '' ? r.missing : r.datesMissing}</p>
        )}
        <div className="network-actions">
          <Button onClick={onClose}>{t.close}</Button>
        </div>
      </div>
    </div>
  );
}
