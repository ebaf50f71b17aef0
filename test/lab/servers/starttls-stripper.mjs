// A middlebox that strips STARTTLS, the way some firewalls' "SMTP inspection" does: it forwards TCP to
// the real server and overwrites the STARTTLS/STLS keywords in both directions with X's (the server's
// capability disappears; a client that sends STARTTLS anyway gets an unknown-command error).
// Usage: node starttls-stripper.mjs LISTEN_ADDRESS TARGET_ADDRESS PORT[,PORT...]   (prints "ready")
import net from 'node:net';

const [listenAddress, targetAddress, portList] = process.argv.slice(2);
const ports = portList.split(',').map(Number);

function scrub(chunk) {
  return Buffer.from(
    chunk
      .toString('latin1')
      .replace(/STARTTLS/gi, 'XXXXXXXA')
      .replace(/\bSTLS\b/gi, 'XXXX'),
    'latin1',
  );
}

function log(line) {
  console.log(`${new Date().toISOString()} stripper ${line}`);
}

let pending = ports.length;
for (const port of ports) {
  const server = net.createServer((client) => {
    log(`connect ${client.remoteAddress} -> :${port}`);
    const upstream = net.connect(port, targetAddress);
    client.on('data', (chunk) => upstream.write(scrub(chunk)));
    upstream.on('data', (chunk) => client.write(scrub(chunk)));
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  server.listen(port, listenAddress, () => {
    if (--pending === 0) console.log('ready');
  });
}
