// The lab's unresponsive host: every TCP connection is accepted, none is ever served. Port 587 streams
// random bytes that are no protocol at all, port 465 accepts and never says a word (not even a TLS
// ServerHello); every other port is dropped by the namespace's firewall (odd-servers.ts).
// Usage: node unresponsive.mjs ADDRESS   (prints "ready" when listening)
import { randomBytes } from 'node:crypto';
import net from 'node:net';

const address = process.argv[2];

function log(line) {
  console.log(`${new Date().toISOString()} unresponsive ${line}`);
}

const silent = net.createServer((socket) => {
  log(`connect 465 from ${socket.remoteAddress}`);
  socket.on('error', () => undefined);
  socket.resume();
});

const garbage = net.createServer((socket) => {
  log(`connect 587 from ${socket.remoteAddress}`);
  socket.on('error', () => undefined);
  socket.resume();
  const timer = setInterval(() => socket.write(randomBytes(512)), 20);
  socket.on('close', () => clearInterval(timer));
});

let pending = 2;
const ready = () => {
  if (--pending === 0) console.log('ready');
};
silent.listen(465, address, ready);
garbage.listen(587, address, ready);
