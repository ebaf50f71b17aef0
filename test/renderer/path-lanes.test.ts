// What the diagram's lanes show: login hops from the verdict and the AUTH_FAILED findings (a refused
// login is red, an unproven one never green), incoming from the verdict or the probes.
import { describe, expect, it } from 'vitest';
import type { Finding, IncomingSetting, OutgoingSetting } from '../../electron/shared/diagnosis-types';
import {
  incomingPath,
  loginHops,
  submissionLabel,
  withLogin,
} from '../../renderer/src/components/path-lanes';
import { EMPTY_PROGRESS, type ProbeRow } from '../../renderer/src/wizard/live-progress';

const outgoing: OutgoingSetting = {
  host: 'mail.example.jp',
  port: 465,
  security: 'tls',
  auth: 'password',
  username: 'taro@example.jp',
  verified: false,
  login: 'not-tried',
};
const incoming: IncomingSetting = { ...outgoing, port: 993, protocol: 'imap' };
const refused = (protocol: 'smtp' | 'imap'): Finding => ({
  code: 'AUTH_FAILED',
  severity: 'error',
  message: '',
  protocol,
  host: 'mail.example.jp',
});

describe('loginHops', () => {
  it('is "none" without a password: only the connection was checked', () => {
    expect(loginHops({ outgoing, incoming }, [], false)).toEqual({ outgoing: 'none', incoming: 'none' });
  });

  it('counts a password that was given but not proven as unverified, never as working', () => {
    const hops = loginHops({ outgoing, incoming }, [], true);
    expect(hops).toEqual({ outgoing: 'unverified', incoming: 'unverified' });
    expect(withLogin('works', hops.outgoing)).toBe('unknown');
  });

  it('draws a refused login red, per direction', () => {
    const hops = loginHops({ outgoing, incoming: null }, [refused('imap')], true);
    expect(hops).toEqual({ outgoing: 'unverified', incoming: 'failed' });
    expect(withLogin('failed', hops.incoming)).toBe('blocked');
    expect(loginHops({ outgoing, incoming }, [refused('smtp')], true).outgoing).toBe('failed');
  });

  it("follows the verdict's login: 'failed' without any finding", () => {
    const hops = loginHops({ outgoing: { ...outgoing, login: 'failed' }, incoming }, [], true);
    expect(hops).toEqual({ outgoing: 'failed', incoming: 'unverified' });
  });

  it('reads the protocols of one AUTH_FAILED per fact', () => {
    const both: Finding = { ...refused('smtp'), protocol: undefined, protocols: ['smtp', 'imap'] };
    expect(loginHops({ outgoing, incoming }, [both], true)).toEqual({
      outgoing: 'failed',
      incoming: 'failed',
    });
    const smtpOnly: Finding = { ...both, protocols: ['smtp'] };
    expect(loginHops({ outgoing, incoming }, [smtpOnly], true).incoming).toBe('unverified');
  });

  it('is verified when the verdict says so', () => {
    const hops = loginHops({ outgoing: { ...outgoing, verified: true, login: 'ok' }, incoming }, [], true);
    expect(hops.outgoing).toBe('verified');
    expect(withLogin('works', hops.outgoing)).toBe('works');
  });
});

describe('incomingPath', () => {
  const row = (status: ProbeRow['status']): ProbeRow => ({
    id: status,
    protocol: 'imap',
    host: 'mail.example.jp',
    port: 993,
    security: 'tls',
    status,
    summary: null,
  });
  it('follows the verdict, then the IMAP/POP3 probes; cancelled probes are no evidence', () => {
    expect(incomingPath(EMPTY_PROGRESS, incoming)).toEqual({ port: 993, state: 'works' });
    expect(incomingPath({ probes: [row('checking')] }, null)).toEqual({ port: null, state: 'checking' });
    expect(incomingPath({ probes: [row('refused')] }, null)).toEqual({ port: null, state: 'failed' });
    expect(incomingPath({ probes: [row('cancelled')] }, null)).toEqual({ port: null, state: 'unknown' });
  });
});

describe('the words on the sending lane', () => {
  it('says nothing got through when no sending port answered, not "sent with login"', () => {
    expect(submissionLabel({ port: null, state: 'failed' }, 'none')).toBe('diagram.noPath');
    // Nothing was tried (no server found): unchecked, not "does not connect".
    expect(submissionLabel({ port: null, state: 'unknown' }, 'none')).toBe('diagram.notChecked');
    expect(submissionLabel({ port: null, state: 'checking' }, 'none')).toBe('diagram.withLogin');
  });

  it('names the login outcome on a lane that has a port', () => {
    expect(submissionLabel({ port: 465, state: 'works' }, 'verified')).toBe('diagram.withLogin');
    expect(submissionLabel({ port: 465, state: 'works' }, 'unverified')).toBe('diagram.loginUnverified');
    expect(submissionLabel({ port: 465, state: 'blocked' }, 'failed')).toBe('diagram.loginFailed');
    expect(submissionLabel({ port: 465, state: 'blocked' }, 'failed', 'imap')).toBe('diagram.loginRefusedOn');
  });
});
