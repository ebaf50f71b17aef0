// Runs the loopback world as its own process, for Playwright's webServer or manual checks:
//   node build/scripts/run-ts.mjs test/helpers/loopback-world-serve.ts
// Prints one JSON line { configPath, caBundlePath, prefix, accounts } on stdout, then keeps serving
// until SIGINT/SIGTERM, and cleans up (servers, iptables rules) on the way out. After a SIGKILL the next
// world start sweeps the stale iptables rules.
import { loopbackWorldSupport, startLoopbackWorld } from './loopback-world.js';

const support = loopbackWorldSupport();
if (!support.ok) {
  console.error(`loopback world unavailable: ${support.reason}`);
  process.exit(2);
}
const world = await startLoopbackWorld();
console.log(
  JSON.stringify({
    configPath: world.configPath,
    caBundlePath: world.caBundlePath,
    prefix: world.prefix,
    accounts: world.accounts,
  }),
);

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  void world.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
// Keep the event loop alive (servers do already; this makes it explicit).
setInterval(() => undefined, 1 << 30);
