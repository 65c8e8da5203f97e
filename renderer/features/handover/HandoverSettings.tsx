/**
 * Einstellungen → Übergabe an ein anderes Gerät: taking over a package received (open it with
 * the one-time passphrase, see what it holds and the possible duplicates, take it over, read the
 * code back), and the handovers sent from here (enter the colleague's code, then erase here).
 * Loaded only when opened: nothing is asked of the main process for a closed panel.
 */
import { useId, useState } from 'react';
import { handoverTexts as t } from '../../i18n/handover';
import { Disclosure } from '../../ui/Disclosure';
import { ImportHandoverForm } from './ImportHandoverForm';
import { SentHandovers } from './SentHandovers';

export function HandoverSettings() {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="panel handover-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.intro}</p>
      <Disclosure label={t.settingsOpen} open={open} onToggle={setOpen}>
        <ImportHandoverForm />
        <SentHandovers />
      </Disclosure>
    </section>
  );
}
