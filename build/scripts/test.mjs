#!/usr/bin/env node
// `npm test`: typecheck, lint, format check, unit/integration tests, then the Playwright suite in
// Debian's Chromium. Stops at the first failing stage and prints the time of each.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.MAILWIZ_CHROMIUM ?? '/usr/bin/chromium';

const stages = [
  ['typecheck', 'npx', ['tsc', '--build']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['unit', 'npx', ['vitest', 'run']],
  ['e2e', 'npm', ['run', '--silent', 'test:e2e']],
];

const results = [];
for (const [name, command, args] of stages) {
  if (name === 'e2e' && !existsSync(CHROMIUM)) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with:  apt-get install -y chromium`);
    process.exit(1);
  }
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const run = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  results.push(`${name} ${seconds}s ${run.status === 0 ? 'ok' : 'FAILED'}`);
  if (run.status !== 0) {
    console.error(`\n${results.join('\n')}\nnpm test: stage "${name}" failed`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n${results.join('\n')}\nnpm test: all stages passed`);
