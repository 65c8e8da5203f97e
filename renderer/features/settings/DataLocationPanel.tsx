/**
 * Einstellungen → Speicherort der Fallakte: the store's folder and which setting chose it, read
 * only. IT sets the folder outside the app (switch, environment, machine-wide file); showing it
 * lets a person tell IT where the file is, and shows at once when a policy did not take effect.
 */
import { useId } from 'react';
import { call } from '../../api';
import { dataLocationTexts as t } from '../../i18n/dataLocation';
import { useLoad } from '../../state/useLoad';
import { StatusMessage } from '../../ui/Messages';
import { Facts } from '../cases/parts';
import '../cases/cases.css';

export function DataLocationPanel() {
  const headingId = useId();
  const { data: location, error } = useLoad(() => call('store.location', {}), []);

  return (
    <section className="panel data-location" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {location ? (
        <Facts
          rows={[
            [t.folderLabel, <code key="folder">{location.folder}</code>],
            [t.sourceLabel, location.sourceLabel],
          ]}
        />
      ) : error ? (
        // Plain text, not an alert: an information line that failed to load interrupts nobody.
        <p className="message message-error">{error}</p>
      ) : (
        <StatusMessage>{t.loading}</StatusMessage>
      )}
      <p>{t.intro}</p>
    </section>
  );
}
