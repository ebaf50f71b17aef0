// The only door from the page to the app: one named function per contract method, plus `on` for the
// contract's events. Never ipcRenderer itself, and the IPC event object is stripped before callbacks.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_EVENTS, API_METHODS, IPC_PREFIX, type ApiEventName } from '../../shared/api-methods.js';

const bridge: Record<string, unknown> = {};

for (const method of API_METHODS) {
  bridge[method] = (input?: unknown) => ipcRenderer.invoke(IPC_PREFIX + method, input);
}

bridge.on = (event: ApiEventName, listener: (payload: unknown) => void) => {
  if (!(API_EVENTS as readonly string[]).includes(event)) throw new Error('unknown event');
  if (typeof listener !== 'function') throw new Error('listener must be a function');
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(IPC_PREFIX + event, forward);
  return () => {
    ipcRenderer.removeListener(IPC_PREFIX + event, forward);
  };
};

contextBridge.exposeInMainWorld('mailwiz', Object.freeze(bridge));
