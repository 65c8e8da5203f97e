import type { backupMethods } from '../../contract/areas/backup';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function backupHandlers({ backup }: Services): HandlersFor<typeof backupMethods> {
  return {
    'backup.status': () => backup.status(),
    'backup.create': () => backup.createChosen(),
    'backup.setReminderDays': (input) => backup.setReminderDays(input),
    'backup.verify': (input) => backup.verifyChosen(input),
    'backup.restore': (input) => backup.restoreChosen(input),
  };
}
