/**
 * "Schlüssel erneuern": the store re-encrypted under a new data key. Asks for the passphrase;
 * the new recovery key is then shown and confirmed on the same screen as a renewed one.
 */
import { call } from '../../api';
import { storeHealthTexts as t } from '../../i18n/storeHealth';
import { refreshStoreHealth, useStoreHealth } from '../../state/storeHealth';
import { PassphraseGatedForm } from '../../ui/PassphraseGatedForm';

export function RekeyForm() {
  const recommended = useStoreHealth((s) => s.health?.rekeyRecommended ?? false);
  return (
    <PassphraseGatedForm
      title={t.rekeyTitle}
      passphraseLabel={t.rekeyPassphraseLabel}
      submitLabel={t.rekeySubmit}
      busyLabel={t.rekeyBusy}
      action={(passphrase) => call('store.rekey', { passphrase })}
      onDone={() => void refreshStoreHealth()} // the reminder goes away
    >
      {recommended ? <p className="notice notice-warning">{t.rekeyRecommended}</p> : null}
      <p>{t.rekeyIntro}</p>
      <p>{t.rekeyWhen}</p>
      <p>{t.rekeyAfter}</p>
    </PassphraseGatedForm>
  );
}
