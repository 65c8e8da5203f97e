/** First run: the person's name, a passphrase that passes the policy, then store.create. */
import { useState } from 'react';
import { call } from '../../api';
import { de } from '../../i18n/de';
import { showDistrict, storeCreated } from '../../state/session';
import { districtTexts } from '../../i18n/district';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { ErrorMessage } from '../../ui/Messages';
import { NewPassphraseFields, useNewPassphrase } from '../../ui/NewPassphraseFields';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { RestoreFromBackup } from '../backup/RestoreFromBackup';

const t = de.setup;

export function SetupScreen() {
  const [name, setName] = useState('');
  const trimmedName = name.trim();
  const passphrase = useNewPassphrase(trimmedName ? [trimmedName] : []);
  const problem = trimmedName === '' ? t.nameMissing : passphrase.problem;

  const { busy, error, submit } = useSubmit(
    () => {
      if (problem) return null;
      const secret = passphrase.next;
      passphrase.clear();
      return call('store.create', { userName: trimmedName, passphrase: secret });
    },
    (created) => storeCreated(created.recoveryKey),
  );

  return (
    <main className="screen screen-narrow" id="inhalt">
      <ScreenHeading>{t.title}</ScreenHeading>
      <p className="lead">{t.intro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField label={t.nameLabel} hint={t.nameHint} value={name} onChange={setName} autoComplete="name" maxLength={100} autoFocus />
        <NewPassphraseFields state={passphrase} />
        <div className="notice notice-warning">
          <p className="notice-strong">{t.warning}</p>
          <p>{t.warningDetail}</p>
        </div>
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} problem={problem} />
      </form>
      <RestoreFromBackup />
      <p className="screen-aside">
        <Button variant="link" onClick={() => showDistrict('setup')}>
          {districtTexts.openStandalone}
        </Button>
      </p>
    </main>
  );
}
