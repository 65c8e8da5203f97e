/**
 * How a service asks for a file: the main process shows the system dialog (electron/main/fileDialogs.ts),
 * tests answer directly. The renderer never names a path. Null: the user cancelled.
 */
export interface FileChooser {
  saveAs(suggestedName: string): Promise<string | null>;
  open(): Promise<string | null>;
}
