/** Heute: a reminder when there is no backup yet or the last one is older than the set number of days. */
import { useEffect, useId, useState } from 'react';
import type { BackupStatus } from '../../../electron/contract/areas/backup';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { navigate } from '../frame/navigation';
import { backupTexts as t } from '../../i18n/backup';

export function BackupReminder() {
  const headingId = useId();
  const [status, setStatus] = useState<BackupStatus | null>(null);

  useEffect(() => {
    const epoch = lockEpoch();
    void call('backup.status', {}).then((result) => {
      if (epoch === lockEpoch() && result.ok) setStatus(result.value);
    });
  }, []);

  if (!status?.due) return null;
  return (
    <section className="panel notice notice-warning backup-reminder" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.reminderTitle}</h2>
      <p>{status.lastBackupAt ? t.reminderOld(germanDay(status.lastBackupAt), status.reminderDays) : t.reminderNever}</p>
      <Button onClick={() => navigate('settings')}>{t.reminderAction}</Button>
    </section>
  );
}
