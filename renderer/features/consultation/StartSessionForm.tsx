/**
 * No hour running: choose the place (the active places of consultation hours from the settings)
 * and "Sprechstunde beginnen" (`sessions.start`). Without any place, a hint leads to the settings.
 * Below it, "Sprechstunde nachtragen" records an hour that has already taken place.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { LocationView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { consultation } from '../../i18n/consultation';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { useSubmit } from '../../ui/useSubmit';
import { navigate } from '../frame/navigation';
import { AfterwardsStartForm } from './AfterwardsStartForm';
import { startSession } from './consultationStore';
import { formKeyDown } from './formKeys';

const t = consultation.start;

export function StartSessionForm() {
  const [locations, setLocations] = useState<LocationView[] | null>(null);
  const [locationId, setLocationId] = useState('');
  // The start itself answers through the consultation store; here only its German error is shown.
  const send = useSubmit(
    () =>
      locationId === ''
        ? null
        : startSession(locationId).then((message) => (message ? { ok: false as const, error: { message } } : { ok: true as const, value: null })),
    () => undefined,
  );
  const { busy, error, setError } = send;
  const [afterwards, setAfterwards] = useState(false);

  useEffect(() => {
    const epoch = lockEpoch();
    void call('locations.list', {}).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (!result.ok) {
        setError(result.error.message);
        setLocations([]);
        return;
      }
      const active = result.value.filter((l) => l.active);
      setLocations(active);
      if (active.length === 1) setLocationId(active[0]!.id);
    });
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (locationId === '') setError(t.missingLocation);
    else void send.submit();
  }

  if (locations === null) return <StatusMessage>{consultation.loading}</StatusMessage>;
  if (locations.length === 0 && !error) {
    return (
      <section className="panel" aria-labelledby="consultation-no-locations">
        <h2 id="consultation-no-locations">{t.noLocationsTitle}</h2>
        <p>{t.noLocations}</p>
        <Button onClick={() => navigate('settings')}>{t.openSettings}</Button>
      </section>
    );
  }
  return (
    <>
      <p className="lead">{t.intro}</p>
      <form className="form consultation-start" onSubmit={submit} onKeyDown={formKeyDown({ onCancel: () => undefined })} aria-busy={busy} noValidate>
        <SelectField
          label={t.locationLabel}
          value={locationId}
          onChange={setLocationId}
          options={locations.map((l) => ({ value: l.id, label: t.locationOption(l.name, l.municipality) }))}
          placeholder={t.locationPlaceholder}
          required
        />
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} />
      </form>
      <Disclosure label={consultation.afterwards.open} open={afterwards} onToggle={setAfterwards} className="consultation-afterwards-panel">
        <AfterwardsStartForm locations={locations} onCancel={() => setAfterwards(false)} />
      </Disclosure>
    </>
  );
}
