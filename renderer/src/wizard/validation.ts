// Inline checks on the Account step, run before anything is sent. Problems are codes the UI translates.
import { toHalfWidth, type EmailProblem } from '../../../electron/shared/email-address';
import { browserDomainToAscii, parseEmail } from '../lib/email';

export type FieldProblem = EmailProblem | 'HOST_INVALID' | 'NAME_TOO_LONG' | 'USERNAME_INVALID';

export interface AccountProblems {
  email?: FieldProblem;
  displayName?: FieldProblem;
  username?: FieldProblem;
  serverHost?: FieldProblem;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const MAX_DISPLAY_NAME = 200;
const MAX_USERNAME = 320;

export function asciiServerHost(raw: string): string | null {
  const trimmed = toHalfWidth(raw).trim().replace(/\.$/, '');
  if (trimmed === '' || /[\s/:@]/.test(trimmed)) return null;
  try {
    const ascii = browserDomainToAscii(trimmed);
    const labels = ascii.split('.');
    return labels.length >= 2 && labels.every((label) => HOST_LABEL.test(label)) && ascii.length <= 253
      ? ascii
      : null;
  } catch {
    return null;
  }
}

export function validateAccount(account: {
  email: string;
  displayName: string;
  username: string;
  serverHost: string;
}): AccountProblems {
  const problems: AccountProblems = {};
  const email = parseEmail(account.email);
  if (!email.ok) problems.email = email.problem;
  if (account.displayName.length > MAX_DISPLAY_NAME) problems.displayName = 'NAME_TOO_LONG';
  const username = toHalfWidth(account.username).trim();
  if (username.length > MAX_USERNAME || /[\s]/.test(username)) problems.username = 'USERNAME_INVALID';
  if (account.serverHost.trim() !== '' && asciiServerHost(account.serverHost) === null) {
    problems.serverHost = 'HOST_INVALID';
  }
  return problems;
}
