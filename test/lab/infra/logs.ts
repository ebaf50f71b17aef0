// Server logs are the lab's witnesses: scenarios mark a log before acting and read only what came after.
import { readFileSync, statSync } from 'node:fs';

export type LogMark = { file: string; offset: number };

export function markLog(file: string): LogMark {
  return { file, offset: statSync(file).size };
}

export function readSince(mark: LogMark): string {
  return readFileSync(mark.file).subarray(mark.offset).toString('utf8');
}

/** Authentication requests that reached Dovecot's auth service, per service (imap, pop3, smtp). */
export function authRequests(log: string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of (log ?? '').matchAll(/auth: Debug: client in: AUTH\t\d+\t[\w-]+\tservice=(\w+)/g)) {
    const service = match[1] ?? '?';
    counts[service] = (counts[service] ?? 0) + 1;
  }
  return counts;
}
