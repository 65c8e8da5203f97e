/**
 * The system dialogs of the Sicherung and the Übergabe: where a file is saved, which file is
 * opened. The renderer never names a path; it asks, and the main process shows the dialog.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { FileChooser } from '../services/fileChooser';

interface DialogTexts {
  /** What the files are, for the type filter, e.g. "Sicherung der KIM Fallakte". */
  kind: string;
  extension: string;
  saveTitle: string;
  openTitle: string;
}

function fileDialogs(window: () => BrowserWindow | null, texts: DialogTexts): FileChooser {
  const filters = [{ name: texts.kind, extensions: [texts.extension] }];
  return {
    async saveAs(suggestedName) {
      const options = { title: texts.saveTitle, defaultPath: suggestedName, buttonLabel: texts.saveTitle, filters };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async open() {
      const options = { title: texts.openTitle, buttonLabel: 'Öffnen', filters, properties: ['openFile' as const] };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

export const backupDialogs = (window: () => BrowserWindow | null): FileChooser =>
  fileDialogs(window, { kind: 'Sicherung der KIM Fallakte', extension: 'kimsich', saveTitle: 'Sicherung speichern', openTitle: 'Sicherung wählen' });

export const handoverDialogs = (window: () => BrowserWindow | null): FileChooser =>
  fileDialogs(window, {
    kind: 'Übergabepaket der KIM Fallakte',
    extension: 'kimuebergabe',
    saveTitle: 'Übergabepaket speichern',
    openTitle: 'Übergabepaket wählen',
  });
