/**
 * The system dialogs of the Sicherung: where a backup is written, which backup is checked. The
 * renderer never names a path; it asks, and the main process shows the dialog.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { BackupFileChooser } from '../services/backup/backupService';

const FILTERS = [{ name: 'Sicherung der KIM Fallakte', extensions: ['kimsich'] }];

export function backupDialogs(window: () => BrowserWindow | null): BackupFileChooser {
  return {
    async saveAs(suggestedName) {
      const options = { title: 'Sicherung speichern', defaultPath: suggestedName, buttonLabel: 'Sicherung speichern', filters: FILTERS };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async open() {
      const options = { title: 'Sicherung wählen', buttonLabel: 'Öffnen', filters: FILTERS, properties: ['openFile' as const] };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
