// Servers that misbehave at the transport level: endless output, giant lines, one byte a second,
// closing in the middle of a reply, silence. Each cleans up its timers when the client goes away.
import type net from 'node:net';
import { startTcpServer, type RunningServer } from './tcp-server.js';

function whileOpen(socket: net.Socket, intervalMs: number, tick: () => boolean | void): void {
  const timer = setInterval(() => {
    if (socket.destroyed || tick() === false) clearInterval(timer);
  }, intervalMs);
  socket.on('close', () => clearInterval(timer));
}

/** Writes `chunk` repeatedly (respecting back-pressure) until the client leaves or `maxBytes` is sent. */
function flood(socket: net.Socket, prefix: string, chunk: string, maxBytes: number): void {
  let sent = 0;
  socket.write(prefix);
  const pump = () => {
    while (!socket.destroyed && sent < maxBytes) {
      sent += chunk.length;
      if (!socket.write(chunk)) return void socket.once('drain', pump);
    }
  };
  pump();
}

export type HostileBehaviour =
  | { kind: 'endless-lines'; prefix?: string; line: string }
  | { kind: 'huge-line'; prefix: string; bytes: number }
  | { kind: 'slow-loris'; text: string; intervalMs: number }
  | { kind: 'close-mid-reply'; text: string }
  | { kind: 'silent' }
  | { kind: 'reply-then'; greeting: string; then: HostileBehaviour };

function behave(socket: net.Socket, behaviour: HostileBehaviour): void {
  switch (behaviour.kind) {
    case 'endless-lines':
      return flood(socket, behaviour.prefix ?? '', behaviour.line.repeat(64), 64 * 1024 * 1024);
    case 'huge-line':
      return flood(socket, behaviour.prefix, 'A'.repeat(64 * 1024), behaviour.bytes);
    case 'slow-loris': {
      let index = 0;
      return whileOpen(socket, behaviour.intervalMs, () => {
        socket.write(behaviour.text[index % behaviour.text.length]!);
        index += 1;
      });
    }
    case 'close-mid-reply':
      socket.write(behaviour.text);
      return void setTimeout(() => socket.destroy(), 20);
    case 'silent':
      return;
    case 'reply-then':
      socket.write(behaviour.greeting);
      return void socket.once('data', () => behave(socket, behaviour.then));
  }
}

export function startHostileServer(behaviour: HostileBehaviour, host = '127.0.0.1'): Promise<RunningServer> {
  return startTcpServer({ host, onConnection: (socket) => behave(socket, behaviour) });
}
