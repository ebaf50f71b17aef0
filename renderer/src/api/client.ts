// The renderer's typed client. In Electron it wraps the preload's window.mailwiz; in a browser it talks
// to the loopback web bridge (POST per call, Server-Sent Events for pushes). Same ApiClient either way.
import type { ApiClient, ApiEventPayload, RawBridge } from '../../../electron/shared/api-contract';
import { API_METHODS, type ApiEventName, type ApiMethod } from '../../../electron/shared/api-methods';
import type { ApiError, ApiReply } from '../../../electron/shared/api-errors';

declare global {
  interface Window {
    mailwiz?: RawBridge;
  }
}

/** Thrown by client calls; carries the stable code the UI translates. */
export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.code);
    this.name = 'ApiCallError';
  }
}

function unwrap<T>(reply: ApiReply<T>): T {
  if (reply.ok) return reply.value;
  throw new ApiCallError(reply.error);
}

type Listener = (payload: unknown) => void;

function buildClient(
  invoke: (method: ApiMethod, input: unknown) => Promise<ApiReply<unknown>>,
  subscribe: (event: ApiEventName, listener: Listener) => () => void,
): ApiClient {
  const client: Record<string, unknown> = {
    on: (event: ApiEventName, listener: Listener) => subscribe(event, listener),
  };
  for (const method of API_METHODS) {
    client[method] = async (input?: unknown) => unwrap(await invoke(method, input));
  }
  return client as ApiClient;
}

function electronClient(bridge: RawBridge): ApiClient {
  return buildClient(
    (method, input) => (bridge[method] as (input?: unknown) => Promise<ApiReply<unknown>>)(input),
    (event, listener) => bridge.on(event, listener as (payload: ApiEventPayload<typeof event>) => void),
  );
}

function webBridgeClient(): ApiClient {
  const listeners = new Map<ApiEventName, Set<Listener>>();
  const source = new EventSource('/api/events');
  source.onmessage = (message: MessageEvent<string>) => {
    const data = JSON.parse(message.data) as { event: ApiEventName; payload: unknown };
    listeners.get(data.event)?.forEach((listener) => listener(data.payload));
  };
  const ready = new Promise<void>((resolve) => {
    source.addEventListener('ready', () => resolve(), { once: true });
    setTimeout(resolve, 2000);
  });
  return buildClient(
    async (method, input) => {
      await ready;
      const response = await fetch(`/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input }),
      });
      if (response.status === 401 || response.status === 403) {
        return { ok: false, error: { code: 'UNAUTHORIZED' } };
      }
      return (await response.json()) as ApiReply<unknown>;
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
}

/** Served by the loopback web bridge (a browser), not inside Electron. */
export function isWebMode(): boolean {
  return !window.mailwiz;
}

let client: ApiClient | undefined;

export function api(): ApiClient {
  client ??= window.mailwiz ? electronClient(window.mailwiz) : webBridgeClient();
  return client;
}
