/** Electron glue: one loop registers every contract method; the sender must be the app's own page. */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { ipcChannel, methodNames, EVENT_CHANNEL, type KimEvent } from '../contract';
import { dispatch, forbidden, type DispatchOptions } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import { isAppUrl } from './appUrl';

function isTrustedSender(event: IpcMainInvokeEvent, window: WebContents): boolean {
  const frame = event.senderFrame;
  return event.sender === window && frame !== null && frame === window.mainFrame && isAppUrl(frame.url);
}

export function registerIpc(handlers: Handlers, window: () => WebContents | null, options: DispatchOptions = {}): void {
  for (const name of methodNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      const contents = window();
      if (!contents || !isTrustedSender(event, contents)) {
        options.log?.call({ method: name, outcome: 'FORBIDDEN', ms: 0 });
        return forbidden();
      }
      return dispatch(handlers, name, input, options);
    });
  }
}

export function sendEvent(contents: WebContents | null, event: KimEvent): void {
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
