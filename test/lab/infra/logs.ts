// Server logs are the lab's witnesses: scenarios mark a log before acting and read only what came after.
import { readFileSync, statSync } from 'node:fs';

export type LogMark = { file: string; offset: number };

export function markLog(file: string): LogMark {
  return { file, offset: statSync(file).size };
}

export function readSince(mark: LogMark): string {
  return readFileSync(mark.file).subarray(mark.offset).toString('utf8');
}
