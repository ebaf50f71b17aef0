// The HTTPS server behind autoconfig.<domain>: serves DOCROOT/<Host header>/<path> (for example
// DOCROOT/autoconfig.auto.test/mail/config-v1.1.xml), 404 for anything else, and logs every request.
// Usage: node autoconfig-web.mjs LISTEN_ADDRESS CERT KEY DOCROOT   (prints "ready")
import { existsSync, readFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';

const [listenAddress, certPath, keyPath, docroot] = process.argv.slice(2);

const server = https.createServer(
  { cert: readFileSync(certPath), key: readFileSync(keyPath) },
  (request, response) => {
    const url = new URL(request.url ?? '/', 'https://lab');
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const file = path.join(docroot, host, path.normalize(url.pathname));
    const inside = file.startsWith(path.join(docroot, host) + path.sep);
    const found = inside && host !== '' && existsSync(file);
    console.log(
      `${new Date().toISOString()} ${request.method} https://${host}${url.pathname} ${found ? 200 : 404}`,
    );
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(readFileSync(file));
  },
);
server.listen(443, listenAddress, () => console.log('ready'));
