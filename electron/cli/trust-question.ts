// The y/N consent at an interactive terminal: after a run that withheld the password from hosts outside
// the trust rule, ask on the controlling terminal (not stdin, which --password-stdin has read to its
// end) whether those hosts may have it. Only where a person is watching: never with --json, never
// without a terminal (CI, pipes, cron), where --trust-host is the way to consent.
import { openSync, closeSync } from 'node:fs';
import { ReadStream, WriteStream } from 'node:tty';
import { createInterface } from 'node:readline/promises';
import { t, type Lang } from './messages.js';

function openTerminal(): { input: ReadStream; output: WriteStream } | null {
  if (process.platform === 'win32') return null;
  let inFd: number | null = null;
  try {
    inFd = openSync('/dev/tty', 'r');
    const outFd = openSync('/dev/tty', 'w');
    return { input: new ReadStream(inFd), output: new WriteStream(outFd) };
  } catch {
    if (inFd !== null) closeSync(inFd);
    return null;
  }
}

/** true only on an explicit yes typed at the terminal; no terminal, no answer or anything else is no. */
export async function askTrust(hosts: string[], lang: Lang): Promise<boolean> {
  if (!process.stderr.isTTY) return false;
  const terminal = openTerminal();
  if (terminal === null) return false;
  const prompt = createInterface({ input: terminal.input, output: terminal.output, terminal: false });
  try {
    terminal.output.write(`${t(lang, 'trustQuestion')} ${hosts.join(', ')}\n`);
    const answer = await prompt.question(`${t(lang, 'trustQuestionPrompt')} `);
    return /^(y|yes|はい)$/i.test(answer.trim());
  } catch {
    return false;
  } finally {
    prompt.close();
    terminal.input.destroy();
    terminal.output.destroy();
  }
}
