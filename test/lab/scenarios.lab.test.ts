// Every lab scenario runs the real CLI on the office PC and checks verdict, findings and server logs;
// at the end the run prints one table of scenario, verdict and wall time.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cliUnavailableReason, diagnoseInOffice, LAB_ENGINE_CONFIG } from './infra/cli.js';
import { setPort25Policy } from './infra/isp.js';
import { markLog, readSince } from './infra/logs.js';
import { clearAuthPenalty } from './infra/office.js';
import { SCENARIOS, type LogName } from './scenarios/definitions.js';
import { formatScenarioTable, type ScenarioRow } from './scenarios/verdict-table.js';

const lab = inject('lab');
const rows: ScenarioRow[] = [];

afterAll(() => {
  setPort25Policy('open');
  console.log(`\nMailWiz in the network lab\n${formatScenarioTable(rows)}\n`);
});

describe('mailwiz diagnose in the network lab', () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const unavailable = cliUnavailableReason();
      if (unavailable) {
        rows.push({ scenario: scenario.name, result: null, exitCode: null, ms: 0, problem: unavailable });
        expect.fail(`the MailWiz CLI is not there: ${unavailable}`);
      }
      setPort25Policy(scenario.port25 ?? 'open');
      scenario.prepare?.(lab);
      const marks = (scenario.watch ?? []).map((name) => [name, markLog(lab.logs[name])] as const);
      const password = scenario.password === 'lab' ? lab.password : scenario.password;
      const run = await diagnoseInOffice(lab, scenario.email, {
        password,
        engineConfig: LAB_ENGINE_CONFIG,
        ...(scenario.args ? { args: scenario.args } : {}),
      });
      const row: ScenarioRow = {
        scenario: scenario.name,
        result: run.result,
        exitCode: run.exitCode,
        ms: run.ms,
      };
      rows.push(row);
      const logs: Partial<Record<LogName, string>> = Object.fromEntries(
        marks.map(([name, mark]) => [name, readSince(mark)]),
      );
      if (scenario.failsLogins) await clearAuthPenalty(lab.caPath, lab.password);
      try {
        expect(run.result, `no JSON on stdout; stderr: ${run.stderr.slice(-500)}`).not.toBeNull();
        expect(run.stdout).not.toContain(lab.password);
        scenario.check(run, logs);
      } catch (error) {
        row.problem = (error as Error).message;
        throw error;
      }
    });
  }
});
