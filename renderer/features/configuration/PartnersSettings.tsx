/** Netzwerkpartner: the services cases are referred to; create, change, stop and resume using. */
import { useState } from 'react';
import type { PartnerLegalArea, PartnerView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { FocusHeading, LoadFailure, SrOnly, usePendingFocus } from '../cases/parts';
import { useLoad } from '../../state/useLoad';

const t = cases.config.partners;
const c = cases.config;
const orNull = (value: string) => value.trim() || null;

interface PartnerFormProps {
  partner: PartnerView | null;
  legalAreas: SelectOption<PartnerLegalArea>[];
  onSaved: () => void;
  onCancel: () => void;
}

function PartnerForm({ partner, legalAreas, onSaved, onCancel }: PartnerFormProps) {
  const [organisation, setOrganisation] = useState(partner?.organisation ?? '');
  const [legalArea, setLegalArea] = useState<PartnerLegalArea | ''>(partner?.legalArea ?? '');
  const [municipality, setMunicipality] = useState(partner?.municipality ?? '');
  const [contactName, setContactName] = useState(partner?.contactName ?? '');
  const [phone, setPhone] = useState(partner?.phone ?? '');
  const [email, setEmail] = useState(partner?.email ?? '');
  const problem = organisation.trim() === '' || !legalArea ? t.missing : null;
  const { busy, error, submit } = useSubmit(() => {
    if (problem || !legalArea) return null;
    const fields = {
      organisation: organisation.trim(),
      legalArea,
      municipality: orNull(municipality),
      contactName: orNull(contactName),
      phone: orNull(phone),
      email: orNull(email),
    };
    return partner ? call('partners.update', { id: partner.id, ...fields }) : call('partners.create', fields);
  }, onSaved);

  return (
    <form className="form config-form" onSubmit={submit} aria-busy={busy} noValidate>
      <FocusHeading level={3} focus={partner !== null}>
        {partner ? t.editTitle(partner.organisation) : t.newTitle}
      </FocusHeading>
      <TextField label={t.organisation} value={organisation} onChange={setOrganisation} maxLength={200} autoComplete="off" />
      <SelectField label={t.legalArea} value={legalArea} options={legalAreas} placeholder={cases.intake.pleaseChoose} onChange={setLegalArea} />
      <TextField label={t.municipality} value={municipality} onChange={setMunicipality} maxLength={200} autoComplete="off" />
      <TextField label={t.contactName} value={contactName} onChange={setContactName} maxLength={200} autoComplete="off" />
      <div className="field-pair">
        <TextField label={t.phone} type="tel" value={phone} onChange={setPhone} maxLength={50} autoComplete="off" />
        <TextField label={t.email} type="email" value={email} onChange={setEmail} maxLength={200} autoComplete="off" />
      </div>
      <ErrorMessage message={error} />
      <SubmitRow
        label={partner ? t.save : t.create}
        busy={busy}
        busyLabel={cases.intake.busy}
        problem={problem}
        onCancel={partner ? onCancel : undefined}
        cancelLabel={cases.cancel}
      />
    </form>
  );
}

function contactLine(p: PartnerView): string {
  return [p.municipality, p.contactName, p.phone, p.email].filter(Boolean).join(' · ') || cases.none;
}

function PartnerTable({ partners, onEdit, onToggle }: { partners: PartnerView[]; onEdit: (p: PartnerView) => void; onToggle: (p: PartnerView) => void }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t.colOrganisation}</th>
          <th scope="col">{t.colLegalArea}</th>
          <th scope="col">{t.colContact}</th>
          <th scope="col">{t.colState}</th>
          <th scope="col">{c.actions}</th>
        </tr>
      </thead>
      <tbody>
        {partners.map((partner) => (
          <tr key={partner.id}>
            <th scope="row">{partner.organisation}</th>
            <td>{partner.legalAreaLabel}</td>
            <td>{contactLine(partner)}</td>
            <td>{partner.active ? c.active : c.inactive}</td>
            <td className="cell-actions">
              <Button variant="link" onClick={() => onEdit(partner)}>
                {c.change}
                <SrOnly>: {partner.organisation}</SrOnly>
              </Button>
              <Button variant="link" id={`partner-toggle-${partner.id}`} onClick={() => onToggle(partner)}>
                {partner.active ? t.deactivate : t.reactivate}
                <SrOnly>: {partner.organisation}</SrOnly>
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PartnersSettings() {
  const partners = useLoad(() => call('partners.list', { includeInactive: true }), []);
  const networkLabels = useLoad(() => call('network.labels', {}), []);
  const [editing, setEditing] = useState<PartnerView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const focusNext = usePendingFocus(partners.data);

  async function toggle(partner: PartnerView) {
    setNotice(null);
    setError(null);
    const result = partner.active ? await call('partners.deactivate', { id: partner.id }) : await call('partners.reactivate', { id: partner.id });
    if (!result.ok) return setError(result.error.message);
    setNotice(partner.active ? t.deactivated : t.reactivated);
    focusNext(`partner-toggle-${partner.id}`);
    partners.reload();
  }

  const loadError = partners.error ?? networkLabels.error;
  return (
    <section className="panel" aria-labelledby="config-partners">
      <h2 id="config-partners">{t.title}</h2>
      <p className="field-hint">{t.intro}</p>
      <LoadFailure message={loadError ? c.loadFailed(t.what, loadError) : null} />
      {partners.data && partners.data.length === 0 ? <p>{t.empty}</p> : null}
      {partners.data && partners.data.length > 0 ? (
        <PartnerTable
          partners={partners.data}
          onEdit={(p) => {
            setNotice(null);
            setEditing(p);
          }}
          onToggle={(p) => void toggle(p)}
        />
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage>{notice}</StatusMessage>
      <PartnerForm
        key={`${editing?.id ?? 'new'}-${round}`}
        partner={editing}
        legalAreas={networkLabels.data?.legalAreas ?? []}
        onSaved={() => {
          setNotice(editing ? t.saved : t.created);
          setEditing(null);
          setRound((n) => n + 1);
          partners.reload();
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}
