// The second session of a user-name race: opened to the address that answered as soon as the first
// connection is up, so the other form can go out the moment the race window closes. Whatever does not
// win, and every probe's finished session, is closed politely in the background — after its pending
// login answered (bounded by the command deadline), a QUIT/LOGOUT, then the socket — and never keeps
// the process alive.
import { ProbeFailure } from './failure.js';
import type { LoginSession } from './login.js';
import type { ProtocolDriver } from './protocol.js';
import type { ResolvedAddress } from './resolve.js';
import { emptySessionFacts, openSession, type SessionContext } from './session.js';

export interface SpareSession {
  session: Promise<LoginSession | null>;
  /** Not needed after all (the probe failed or logged in without it): close it politely. */
  release(): void;
}

export function openSpareSession(context: SessionContext, address: ResolvedAddress): SpareSession {
  const facts = emptySessionFacts();
  let connection: LoginSession['connection'] | null = null;
  const onAbort = () => connection?.abort(new ProbeFailure('cancelled', 'CANCELLED'));
  context.signal.addEventListener('abort', onAbort, { once: true });
  const session = openSession(
    {
      ...context,
      enter: () => undefined,
      onConnected: undefined,
      adopt: (opened) => {
        connection = opened;
      },
    },
    [address],
    facts,
  ).then(
    (opened) => (facts.preauth ? (opened.connection.destroy(), null) : opened),
    () => {
      connection?.destroy();
      return null;
    },
  );
  void session.then((opened) => {
    if (opened === null) context.signal.removeEventListener('abort', onAbort);
  });
  return {
    session,
    release: () => closePolitely(context.driver, session, Promise.resolve(), context.signal, onAbort),
  };
}

/** QUIT/LOGOUT once the session is open and its pending command answered; then the socket goes. */
export function closePolitely(
  driver: ProtocolDriver,
  session: Promise<Pick<LoginSession, 'connection'> | null>,
  pending: Promise<unknown> = Promise.resolve(),
  signal?: AbortSignal,
  onAbort?: () => void,
): void {
  void (async () => {
    const opened = await session;
    if (opened === null) return;
    opened.connection.unref();
    await pending.catch(() => undefined);
    if (!opened.connection.isClosed) await driver.quit(opened.connection);
    opened.connection.destroy();
  })().finally(() => {
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  });
}
