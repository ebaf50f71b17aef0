#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (or the names given: `npm run bench -- cli lab-verdict`),
// each bundled by esbuild and its default export called RUNS times, then writes ONE Markdown table to
// bench/results.md: machine, date, and per figure the median, min and max with the target and whether
// the median meets it. A module may also export `teardown()` (called once after its runs). A benchmark
// that throws is reported in the table and makes the exit code 1; the others still run. A module may
// export NOTES (one Markdown paragraph) explaining its set-up; it is printed under the table.
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { bundleTs, scratchDir } from '../build/scripts/bundle-ts.mjs';

const RUNS = 5;
const benchDir = path.resolve('bench');
const wanted = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(name.replace(/\.bench\.ts$/, '')))
  .sort();

const outDir = scratchDir('mailwiz-bench');

async function load(file) {
  const outfile = path.join(outDir, file.replace(/\.ts$/, '.mjs'));
  return import(pathToFileURL(await bundleTs(path.join(benchDir, file), outfile)).href);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** How many of the figure's unit one target unit is, e.g. a target in 's' for a figure in 'ms'. */
const UNIT_SCALE = {
  s: { ms: 1000 },
  ms: { ms: 1 },
  MB: { MB: 1, KB: 1024 },
  KB: { KB: 1 },
  x: { x: 1 },
  count: { count: 1 },
};

/**
 * Targets are written like '< 5 ms', '≤ 1500 ms', '≥ 10 x', '< 2 s on loopback' or a bare '0'. A target
 * in another unit than the figure is converted; one that cannot be read is shown but not judged.
 */
function meets(target, value, unit) {
  const match = /^\s*(<=|>=|≤|≥|<|>|=)?\s*(-?[\d.]+)\s*(ms|s|MB|KB|x|count)?\b/.exec(target ?? '');
  if (!match) return '—';
  const scale = match[3] ? UNIT_SCALE[match[3]]?.[unit] : 1;
  if (scale === undefined) return '—';
  const limit = Number(match[2]) * scale;
  const ok = {
    '<': value < limit,
    '<=': value <= limit,
    '≤': value <= limit,
    '>': value > limit,
    '>=': value >= limit,
    '≥': value >= limit,
    '=': value === limit,
  }[match[1] ?? '='];
  return ok ? 'yes' : '**no**';
}

function round(value) {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

const rows = [];
const notes = [];
let failed = false;
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  const samples = new Map();
  const started = Date.now();
  let module;
  try {
    module = await load(file);
    if (typeof module.NOTES === 'string') notes.push(`- **${name}**: ${module.NOTES}`);
    for (let run = 1; run <= RUNS; run += 1) {
      console.error(`[bench] ${name} run ${run}/${RUNS}`);
      for (const figure of await module.default()) {
        const entry = samples.get(figure.name) ?? { ...figure, values: [] };
        entry.values.push(figure.value);
        entry.target = figure.target ?? entry.target;
        samples.set(figure.name, entry);
      }
    }
  } catch (error) {
    failed = true;
    console.error(`[bench] ${name} failed:`, error);
    rows.push(
      `| ${name} | error: ${String(error?.message ?? error)
        .split('\n')[0]
        .replace(/\|/g, '/')} | | | | | | |`,
    );
  } finally {
    await module?.teardown?.();
  }
  for (const figure of samples.values()) {
    const mid = median(figure.values);
    rows.push(
      `| ${name} | \`${figure.name}\` | ${round(mid)} | ${round(Math.min(...figure.values))} | ${round(Math.max(...figure.values))} | ${figure.unit} | ${figure.target ?? ''} | ${meets(figure.target, mid, figure.unit)} |`,
    );
  }
  console.error(`[bench] ${name} done in ${Math.round((Date.now() - started) / 1000)} s`);
}

const cpus = os.cpus();
const machine = `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
const report = `# MailWiz benchmark results

- Machine: ${machine}
- Date: ${new Date().toISOString()}
- Each figure: median of ${RUNS} runs, with min and max. "Meets" judges the median against the target.
- Produced by \`npm run bench\` (bench/run.mjs). Benchmarks are not part of \`npm test\`.

| Benchmark | Figure | Median | Min | Max | Unit | Target | Meets |
|---|---|---:|---:|---:|---|---|---|
${rows.join('\n')}
${notes.length > 0 ? `\n## Notes\n\n${notes.join('\n')}\n` : ''}`;
const resultsFile = path.join(benchDir, 'results.md');
// Formatted like every other file in the repository, so `npm run format:check` stays green.
const formatted = await prettier.format(report, {
  ...(await prettier.resolveConfig(resultsFile)),
  parser: 'markdown',
});
if (wanted.length > 0) {
  // A partial run must not overwrite the full report.
  process.stdout.write(formatted);
} else {
  writeFileSync(resultsFile, formatted);
  console.error(`[bench] wrote ${path.relative(process.cwd(), resultsFile)}`);
}
process.exitCode = failed ? 1 : 0;
