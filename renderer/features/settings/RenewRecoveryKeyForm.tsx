/** A new recovery key (the old one stops working); shown and confirmed like the first one. */
import { call } from '../../api';
import { de } from '../../i18n/de';
import { PassphraseGatedForm } from '../../ui/PassphraseGatedForm';

const t = de.settings;

export function RenewRecoveryKeyForm() {
  return (
    <PassphraseGatedForm
      title={t.renewTitle}
      passphraseLabel={t.renewPassphraseLabel}
      submitLabel={t.renewSubmit}
      busyLabel={t.renewBusy}
      action={(passphrase) => call('recoveryKey.renew', { passphrase })}
    >
      <p>{t.renewIntro}</p>
    </PassphraseGatedForm>
  );
}
