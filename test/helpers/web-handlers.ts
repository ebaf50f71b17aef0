// The real handler table with the platform part stubbed as the web bridge has it (saving is left to the
// browser), for tests of the transports and of what the API returns.
import { createHandlers, type ApiHandlers } from '../../electron/api/handlers.js';

export function webTestHandlers(): ApiHandlers {
  return createHandlers({
    mode: 'web',
    version: '0.0.0-test',
    platform: 'linux',
    locale: () => 'ja-JP',
    saveFile: async () => ({ saved: false, reason: 'browser' }),
    savePdf: async () => ({ saved: false, reason: 'browser' }),
  });
}
