/**
 * Einstellungen → Angaben der Stelle für Dokumente: the controller's address, the data protection
 * officer, the phone number for clients and the usual place of appointments, which the
 * Einwilligung and the Terminzettel print (an empty line where nothing is entered). Also shows
 * which controller the Einwilligung names (set with the statistic's settings). Loaded only when
 * opened: the unit enters these once.
 */
import { useId, useState } from 'react';
import { UNIT_DETAILS_LIMITS, type UnitDetailsView } from '../../../electron/contract/areas/unitDetails';
import { call } from '../../api';
import { unitDetailsTexts as t } from '../../i18n/unitDetails';
import { lockEpoch } from '../../state/session';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';

export function UnitDetailsForm() {
  const headingId = useId();
  const [details, setDetails] = useState<UnitDetailsView | null>(null);
  const [error, setError] = useState<string | null>(null);

  function load(): void {
    setError(null);
    const epoch = lockEpoch();
    void call('unitDetails.get', {}).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (result.ok) setDetails(result.value);
      else setError(result.error.message);
    });
  }

  return (
    <details
      className="panel unit-details-settings"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open && details === null) load();
      }}
    >
      <summary>{t.summary}</summary>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t.title}</h2>
        <p>{t.intro}</p>
        {details === null ? (
          error ? (
            <ErrorMessage message={error} />
          ) : (
            <StatusMessage>{t.loading}</StatusMessage>
          )
        ) : (
          <>
            <p className="field-hint">{details.controller ? t.controllerIs(details.controller) : t.controllerMissing}</p>
            <DetailsFields initial={details} />
          </>
        )}
      </section>
    </details>
  );
}

const text = (value: string | null): string => value ?? '';

function DetailsFields({ initial }: { initial: UnitDetailsView }) {
  const [address, setAddress] = useState(text(initial.controllerAddress));
  const [dpo, setDpo] = useState(text(initial.dataProtectionOfficer));
  const [phone, setPhone] = useState(text(initial.phone));
  const [place, setPlace] = useState(text(initial.appointmentPlace));
  const [saved, setSaved] = useState(false);

  const { busy, error, submit } = useSubmit(
    () => {
      setSaved(false);
      // Empty clears a detail (the documents print an empty line again); the main process trims.
      return call('unitDetails.update', { controllerAddress: address, dataProtectionOfficer: dpo, phone, appointmentPlace: place });
    },
    (next) => {
      setAddress(text(next.controllerAddress));
      setDpo(text(next.dataProtectionOfficer));
      setPhone(text(next.phone));
      setPlace(text(next.appointmentPlace));
      setSaved(true);
    },
  );

  function edit(setter: (value: string) => void) {
    return (value: string) => {
      setter(value);
      setSaved(false);
    };
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextArea
        label={t.addressLabel}
        hint={t.addressHint}
        value={address}
        onChange={edit(setAddress)}
        rows={3}
        maxLength={UNIT_DETAILS_LIMITS.controllerAddress}
      />
      <TextArea label={t.dpoLabel} hint={t.dpoHint} value={dpo} onChange={edit(setDpo)} rows={3} maxLength={UNIT_DETAILS_LIMITS.dataProtectionOfficer} />
      <TextField
        label={t.phoneLabel}
        hint={t.phoneHint}
        type="tel"
        value={phone}
        onChange={edit(setPhone)}
        maxLength={UNIT_DETAILS_LIMITS.phone}
        autoComplete="off"
      />
      <TextField
        label={t.placeLabel}
        hint={t.placeHint}
        value={place}
        onChange={edit(setPlace)}
        maxLength={UNIT_DETAILS_LIMITS.appointmentPlace}
        autoComplete="off"
      />
      <ErrorMessage message={error} />
      <SubmitRow label={t.save} busy={busy} busyLabel={t.saving} />
      <StatusMessage>{saved ? t.saved : null}</StatusMessage>
    </form>
  );
}
