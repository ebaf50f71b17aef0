// Closing a test server at once. net.Server#close() waits for every open connection, and neither a TLS
// server's connection list nor http's closeAllConnections() sees a socket that is still in (or never
// finished) its TLS handshake: one such client kept stop() waiting until it gave up. Tracking the raw
// 'connection' sockets from their first byte lets close() end all of them immediately.
import type net from 'node:net';

export interface ClosableNow {
  /** Stops listening and destroys every connection still open; resolves once the server is closed. */
  closeNow(): Promise<void>;
  /** Destroys every connection still open (for wrappers with their own close(), like smtp-server). */
  destroyAll(): void;
}

export function trackConnections(server: net.Server): ClosableNow {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    closeNow: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        destroyAll();
      }),
    destroyAll,
  };
}
