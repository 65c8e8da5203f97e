/**
 * The system dialogs of the Übergabe: where a package is saved, which package is opened. The
 * renderer never names a path; it asks, and the main process shows the dialog.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { HandoverFileChooser } from '../services/handover/handoverService';

const FILTERS = [{ name: 'Übergabepaket der KIM Fallakte', extensions: ['kimuebergabe'] }];

export function handoverDialogs(window: () => BrowserWindow | null): HandoverFileChooser {
  return {
    async saveAs(suggestedName) {
      const options = { title: 'Übergabepaket speichern', defaultPath: suggestedName, buttonLabel: 'Übergabepaket speichern', filters: FILTERS };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async open() {
      const options = { title: 'Übergabepaket wählen', buttonLabel: 'Öffnen', filters: FILTERS, properties: ['openFile' as const] };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
