// Registers one ipcMain handler per contract method. Each checks the sender frame, validates the input
// (in dispatch) and replies with ApiReply, so no Error object or stack trace crosses the bridge.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, IPC_PREFIX } from '../../shared/api-methods.js';
import type { ApiReply } from '../../shared/api-errors.js';
import { createDispatch } from '../../api/dispatch.js';
import type { ApiHandlers, CallContext } from '../../api/handlers.js';
import { isTrustedFrameUrl } from './window-options.js';

export function registerIpc(ipcMain: IpcMain, handlers: ApiHandlers): void {
  const dispatch = createDispatch(handlers);
  for (const method of API_METHODS) {
    ipcMain.handle(
      IPC_PREFIX + method,
      async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiReply<unknown>> => {
        if (!isTrustedFrameUrl(event.senderFrame?.url))
          return { ok: false, error: { code: 'UNKNOWN_SENDER' } };
        const context: CallContext = {
          emit: (name, payload) => {
            if (!event.sender.isDestroyed()) event.sender.send(IPC_PREFIX + name, payload);
          },
        };
        return dispatch(method, input, context);
      },
    );
  }
}
