/** Orte der Sprechstunden: list, create, stop using (old entries keep them), use again. */
import { useState } from 'react';
import type { LocationKind, LocationView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases, labels } from '../../i18n/cases';
import { corrections } from '../../i18n/corrections';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { optionsOf } from '../cases/format';
import { LoadFailure, SrOnly, usePendingFocus } from '../cases/parts';
import { useLoad } from '../../state/useLoad';
import { useSubmit } from '../../ui/useSubmit';

const t = cases.config.locations;
const c = cases.config;
const kindOptions = optionsOf(labels.locationKinds);

function LocationForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<LocationKind | ''>('');
  const [municipality, setMunicipality] = useState('');
  const problem = name.trim() === '' || !kind || municipality.trim() === '' ? t.missing : null;
  const form = useSubmit(() => (problem || !kind ? null : call('locations.create', { name: name.trim(), kind, municipality: municipality.trim() })), onCreated);

  return (
    <form className="form config-form" onSubmit={form.submit} aria-busy={form.busy} noValidate>
      <h3>{t.newTitle}</h3>
      <TextField label={t.name} value={name} onChange={setName} maxLength={200} autoComplete="off" />
      <SelectField label={t.kind} value={kind} options={kindOptions} placeholder={cases.intake.pleaseChoose} onChange={setKind} />
      <TextField label={t.municipality} value={municipality} onChange={setMunicipality} maxLength={100} autoComplete="off" />
      <ErrorMessage message={form.error} />
      <SubmitRow label={t.create} busy={form.busy} busyLabel={cases.intake.busy} problem={problem} />
    </form>
  );
}

function LocationTable({
  locations,
  onDeactivate,
  onReactivate,
}: {
  locations: LocationView[];
  onDeactivate: (l: LocationView) => void;
  onReactivate: (l: LocationView) => void;
}) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t.colName}</th>
          <th scope="col">{t.colKind}</th>
          <th scope="col">{t.colMunicipality}</th>
          <th scope="col">{t.colState}</th>
          <th scope="col">{c.actions}</th>
        </tr>
      </thead>
      <tbody>
        {locations.map((location) => (
          <tr key={location.id}>
            <th scope="row" id={`location-${location.id}`} tabIndex={-1}>
              {location.name}
            </th>
            <td>{labels.locationKinds[location.kind]}</td>
            <td>{location.municipality}</td>
            <td>{location.active ? c.active : c.inactive}</td>
            <td className="cell-actions">
              {location.active ? (
                <Button variant="link" onClick={() => onDeactivate(location)}>
                  {t.deactivate}
                  <SrOnly>: {location.name}</SrOnly>
                </Button>
              ) : (
                <Button variant="link" onClick={() => onReactivate(location)}>
                  {corrections.locations.reactivate}
                  <SrOnly>: {location.name}</SrOnly>
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LocationsSettings() {
  const locations = useLoad(() => call('locations.list', { includeInactive: true }), []);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const focusNext = usePendingFocus(locations.data);

  async function deactivate(location: LocationView) {
    setNotice(null);
    setError(null);
    const result = await call('locations.deactivate', { locationId: location.id });
    if (!result.ok) return setError(result.error.message);
    setNotice(t.deactivated);
    focusNext(`location-${location.id}`);
    locations.reload();
  }

  async function reactivate(location: LocationView) {
    setNotice(null);
    setError(null);
    const result = await call('locations.reactivate', { locationId: location.id });
    if (!result.ok) return setError(result.error.message);
    setNotice(corrections.locations.reactivated(location.name));
    focusNext(`location-${location.id}`);
    locations.reload();
  }

  return (
    <section className="panel" aria-labelledby="config-locations">
      <h2 id="config-locations">{t.title}</h2>
      <p className="field-hint">{t.intro}</p>
      <LoadFailure message={locations.error ? c.loadFailed(t.what, locations.error) : null} />
      {locations.data && locations.data.length === 0 ? <p>{t.empty}</p> : null}
      {locations.data && locations.data.length > 0 ? (
        <LocationTable locations={locations.data} onDeactivate={(l) => void deactivate(l)} onReactivate={(l) => void reactivate(l)} />
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage>{notice}</StatusMessage>
      <LocationForm
        key={round}
        onCreated={() => {
          setRound((n) => n + 1);
          setNotice(t.created);
          locations.reload();
        }}
      />
    </section>
  );
}
