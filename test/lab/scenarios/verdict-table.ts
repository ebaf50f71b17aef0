// The table the scenario run prints: scenario, verdict, findings, exit code, wall time.
import type { DiagnosisResult, OutgoingSetting } from '../../../electron/shared/diagnosis-types.js';

export interface ScenarioRow {
  scenario: string;
  result: DiagnosisResult | null;
  exitCode: number | null;
  ms: number;
  /** Set when the scenario could not run or failed an expectation. */
  problem?: string;
}

function setting(value: OutgoingSetting | null): string {
  if (!value) return '—';
  return `${value.host}:${value.port} ${value.security}${value.verified ? ' ✔' : ''}`;
}

export function verdictOf(row: ScenarioRow): string {
  if (!row.result) return row.problem ?? 'no JSON';
  return `out ${setting(row.result.outgoing)} / in ${setting(row.result.incoming)}`;
}

export function formatScenarioTable(rows: ScenarioRow[]): string {
  const header = ['scenario', 'verdict', 'findings', 'exit', 'ms', 'status'];
  const body = rows.map((row) => [
    row.scenario,
    verdictOf(row),
    [...new Set((row.result?.findings ?? []).map((f) => f.code))].join(' '),
    String(row.exitCode ?? '—'),
    String(row.ms),
    row.problem ? `FAIL: ${row.problem.split('\n')[0]?.slice(0, 80)}` : 'ok',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' │ ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)].join('\n');
}
