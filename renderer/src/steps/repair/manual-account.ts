// The form that mirrors a mail program's own account dialog: what staff copy from the screen, checked
// like the account step (same address parser, same host rule) after NFKC, so 全角 digits and letters
// typed by an IME count as the ASCII they look like. Problems are codes the UI translates.
import type { ClientAccount, ConfiguredAuth } from '../../../../electron/shared/client-types';
import type { Security } from '../../../../electron/shared/probe-types';
import { parseEmail } from '../../lib/email';
import { asciiServerHost, type FieldProblem } from '../../wizard/validation';

export type FormVariant = 'outlook' | 'other';

export interface ManualForm {
  displayName: string;
  email: string;
  protocol: 'imap' | 'pop3';
  incomingHost: string;
  incomingPort: string;
  incomingSecurity: Security;
  username: string;
  outgoingHost: string;
  outgoingPort: string;
  outgoingSecurity: Security;
  outgoingAuth: boolean;
}

export type ManualProblem = FieldProblem | 'PORT_INVALID' | 'HOST_REQUIRED';
export type ManualProblems = Partial<Record<keyof ManualForm, ManualProblem>>;

/** Outlook's own defaults for a new IMAP account, so an untouched field means what the dialog shows. */
export const EMPTY_MANUAL_FORM: ManualForm = {
  displayName: '',
  email: '',
  protocol: 'imap',
  incomingHost: '',
  incomingPort: '993',
  incomingSecurity: 'tls',
  username: '',
  outgoingHost: '',
  outgoingPort: '587',
  outgoingSecurity: 'starttls',
  outgoingAuth: true,
};

export function normalizeInput(value: string): string {
  return value.normalize('NFKC').trim();
}

function port(raw: string): number | null {
  const text = normalizeInput(raw);
  if (!/^\d{1,5}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= 65535 ? value : null;
}

function hostProblem(raw: string): ManualProblem | undefined {
  const text = normalizeInput(raw);
  if (text === '') return 'HOST_REQUIRED';
  return asciiServerHost(text) === null ? 'HOST_INVALID' : undefined;
}

export function validateManualForm(form: ManualForm): ManualProblems {
  const problems: ManualProblems = {};
  const email = parseEmail(normalizeInput(form.email));
  if (!email.ok) problems.email = email.problem;
  if (form.displayName.length > 200) problems.displayName = 'NAME_TOO_LONG';
  const username = normalizeInput(form.username);
  if (username.length > 320 || /\s/.test(username)) problems.username = 'USERNAME_INVALID';
  for (const key of ['incomingHost', 'outgoingHost'] as const) {
    const problem = hostProblem(form[key]);
    if (problem) problems[key] = problem;
  }
  for (const key of ['incomingPort', 'outgoingPort'] as const)
    if (port(form[key]) === null) problems[key] = 'PORT_INVALID';
  return problems;
}

/** The account as the engine's type, or null while the form has problems. */
export function manualAccount(form: ManualForm): ClientAccount | null {
  if (Object.keys(validateManualForm(form)).length > 0) return null;
  const email = normalizeInput(form.email);
  const username = normalizeInput(form.username);
  const outgoingAuth: ConfiguredAuth = form.outgoingAuth ? 'password' : 'none';
  return {
    // The engine knows classic Outlook's dialog labels; the other programs get generic labels here.
    client: 'outlook',
    source: 'form',
    accountKey: 'form',
    email,
    displayName: form.displayName.trim(),
    incoming: {
      protocol: form.protocol,
      host: asciiServerHost(normalizeInput(form.incomingHost))!,
      port: port(form.incomingPort)!,
      security: form.incomingSecurity,
      auth: 'password',
      username: username === '' ? null : username,
    },
    outgoing: {
      host: asciiServerHost(normalizeInput(form.outgoingHost))!,
      port: port(form.outgoingPort)!,
      security: form.outgoingSecurity,
      auth: outgoingAuth,
      username: form.outgoingAuth && username !== '' ? username : null,
    },
  };
}
