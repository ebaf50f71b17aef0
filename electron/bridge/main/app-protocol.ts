// Serves the renderer from app://mailwiz/ instead of file://, with the shared CSP on every response.
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../../shared/csp.js';
import { readStaticFile } from '../../api/static-files.js';
import { APP_HOST, APP_SCHEME } from './window-options.js';

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (file.status !== 200)
      return new Response('not found', { status: file.status, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { 'Content-Type': file.contentType, ...SECURITY_HEADERS },
    });
  });
}
