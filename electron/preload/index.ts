/** The preload: exposes the frozen `window.kim` built from the contract, and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../contract/api';
import { EVENT_CHANNEL, ipcChannel, type KimEvent } from '../contract';

const api = buildApi(
  (name, input) => ipcRenderer.invoke(ipcChannel(name), input),
  (listener) => {
    const forward = (_event: unknown, payload: KimEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
);

contextBridge.exposeInMainWorld('kim', api);
