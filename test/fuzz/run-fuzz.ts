// `npm run fuzz`: the parser properties for at least 1,000,000 cases in total (not part of npm test).
// Usage: npm run fuzz -- [--cases N] [--seed S]
import fc from 'fast-check';
import { asyncProperties, syncProperties } from './properties.js';

function argument(name: string): number | undefined {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

const totalCases = argument('--cases') ?? 1_000_000;
const seed = argument('--seed') ?? Date.now() % 2 ** 31;
const entries = [...Object.entries(syncProperties), ...Object.entries(asyncProperties)];
const perProperty = Math.ceil(totalCases / entries.length);
console.log(`fuzz: ${entries.length} properties × ${perProperty} cases, seed ${seed}`);

let failed = false;
let ran = 0;
const started = performance.now();
for (const [name, property] of entries) {
  const propertyStarted = performance.now();
  const details = await fc.check(property as fc.IProperty<unknown> | fc.IAsyncProperty<unknown>, {
    numRuns: perProperty,
    seed,
  });
  ran += details.numRuns;
  const seconds = ((performance.now() - propertyStarted) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.error(
      `✗ ${name} after ${details.numRuns} cases (${seconds} s): ${fc.defaultReportMessage(details)}`,
    );
  } else {
    console.log(`✓ ${name}: ${details.numRuns} cases in ${seconds} s`);
  }
}
console.log(
  `fuzz: ${ran} cases in ${((performance.now() - started) / 1000).toFixed(1)} s — ${failed ? 'FAILED' : 'ok'}`,
);
process.exitCode = failed ? 1 : 0;
