// The optional end-to-end check, only when the user asks: one message from the user to the user over the
// verified outgoing path, then a bounded look for it in the inbox over the verified incoming path. At
// most one message per run (there is no retry path), and the password only travels inside the sessions.
import type { Finding } from '../shared/diagnosis-types.js';
import type { ProbeResult } from '../shared/probe-types.js';
import {
  composeTestMessage,
  imapInbox,
  openMailSession,
  pop3Holds,
  sendTestMessage,
  type InboxLook,
  type ProbeLimits,
  type SessionTarget,
} from '../probe/index.js';
import { physicalPort, type DiagnosisConfig } from '../shared/engine-config.js';
import { makeFinding } from './findings.js';
import type { WorkingPath } from './ranking.js';
import type { LoginResults, Verdict } from './verdict.js';

export interface VerifiedPath {
  path: WorkingPath;
  /** The successful login probe on it (user name and address proven there). */
  login: ProbeResult;
}

export interface TestMessageInput {
  email: { address: string; asciiDomain: string };
  password: string;
  outgoing: VerifiedPath;
  incoming: VerifiedPath;
  config?: DiagnosisConfig | undefined;
  limits: ProbeLimits;
  trustedCa?: string[] | undefined;
  /** How long to keep looking for the message after it was accepted. */
  waitMs: number;
  signal: AbortSignal;
}

/** Delays between inbox looks: quick at first (local delivery), then backing off. */
const LOOK_DELAYS_MS = [250, 500, 1_000, 2_000, 3_000, 4_000];
const MAX_FAILED_LOOKS = 3;

function targetOf(verified: VerifiedPath, config: DiagnosisConfig | undefined): SessionTarget | null {
  const { path, login } = verified;
  const { plan } = path.observed;
  const username = login.auth?.username;
  if (path.security === 'none' || login.address === null || !username) return null;
  return {
    protocol: plan.protocol,
    host: plan.host,
    address: login.address,
    port: physicalPort(config, plan.host, plan.port),
    security: path.security,
    username,
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Inbox reads may meet long real-world headers: looser reply bounds than a probe, still finite. */
function readingLimits(limits: ProbeLimits): ProbeLimits {
  return {
    ...limits,
    maxLinesPerReply: Math.max(limits.maxLinesPerReply, 4_000),
    maxSessionBytes: Math.max(limits.maxSessionBytes, 8 * 1024 * 1024),
  };
}

async function waitForMessage(
  target: SessionTarget,
  input: TestMessageInput,
  token: string,
  signal: AbortSignal,
): Promise<boolean> {
  const options = {
    password: input.password,
    limits: readingLimits(input.limits),
    signal,
    trustedCa: input.trustedCa,
  };
  // Held in an object: the IMAP session is opened inside the closure and closed outside it.
  const open: { imap: InboxLook | null } = { imap: null };
  const lookOnce = async (): Promise<boolean> => {
    if (target.protocol === 'imap') {
      open.imap ??= await imapInbox(await openMailSession(target, options), token);
      return open.imap.look();
    }
    const session = await openMailSession(target, options);
    try {
      return await pop3Holds(session, token);
    } finally {
      await session.close();
    }
  };
  let failuresInARow = 0;
  try {
    for (let attempt = 0; !signal.aborted; attempt += 1) {
      try {
        if (await lookOnce()) return true;
        failuresInARow = 0;
      } catch {
        // A busy maildrop (POP3 IN-USE) or a dropped session may pass; a server that keeps failing will not.
        await open.imap?.close();
        open.imap = null;
        failuresInARow += 1;
        if (failuresInARow >= MAX_FAILED_LOOKS) return false;
      }
      await sleep(LOOK_DELAYS_MS[Math.min(attempt, LOOK_DELAYS_MS.length - 1)]!, signal);
    }
    return false;
  } finally {
    await open.imap?.close();
  }
}

export async function runTestMessage(input: TestMessageInput): Promise<Finding> {
  const outgoing = targetOf(input.outgoing, input.config);
  const incoming = targetOf(input.incoming, input.config);
  const where = (verified: VerifiedPath) => {
    const { protocol, host, port } = verified.path.observed.plan;
    return { protocol, host, port };
  };
  if (outgoing === null || incoming === null)
    return makeFinding('TEST_MESSAGE_FAILED', where(input.outgoing));

  const message = composeTestMessage(input.email.address, input.email.asciiDomain);
  try {
    const session = await openMailSession(outgoing, {
      password: input.password,
      limits: input.limits,
      signal: input.signal,
      trustedCa: input.trustedCa,
    });
    try {
      await sendTestMessage(session, input.email.address, message);
    } finally {
      await session.close();
    }
  } catch {
    return makeFinding('TEST_MESSAGE_FAILED', where(input.outgoing));
  }

  const lookSignal = AbortSignal.any([input.signal, AbortSignal.timeout(input.waitMs)]);
  const arrived = await waitForMessage(incoming, input, message.token, lookSignal);
  return makeFinding(arrived ? 'TEST_MESSAGE_DELIVERED' : 'TEST_MESSAGE_FAILED', where(input.incoming));
}

/** Runs the check only when both chosen paths were verified by a login (the only safe ground for it). */
export async function testMessageIfVerified(
  verdict: Pick<Verdict, 'outgoing' | 'incoming' | 'chosen'>,
  logins: LoginResults,
  input: Omit<TestMessageInput, 'outgoing' | 'incoming'>,
): Promise<Finding | null> {
  const { chosen } = verdict;
  if (!verdict.outgoing?.verified || !verdict.incoming?.verified) return null;
  if (!chosen.outgoing || !chosen.incoming || !logins.outgoing || !logins.incoming) return null;
  return runTestMessage({
    ...input,
    outgoing: { path: chosen.outgoing, login: logins.outgoing },
    incoming: { path: chosen.incoming, login: logins.incoming },
  });
}
