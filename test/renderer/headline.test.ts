// The result's headline is chosen from `status`, each setting's `login` and finding codes with their
// parameters, never from message text: one sentence kind and one primary action per status.
import { describe, expect, it } from 'vitest';
import type {
  DiagnosisResult,
  Finding,
  IncomingSetting,
  OutgoingSetting,
} from '../../electron/shared/diagnosis-types';
import { chooseHeadline } from '../../renderer/src/wizard/headline';

const outgoing: OutgoingSetting = {
  host: 'smtp.corp.test',
  port: 465,
  security: 'tls',
  auth: 'password',
  username: 'taro@corp.test',
  verified: true,
  login: 'ok',
};
const incoming: IncomingSetting = { ...outgoing, host: 'imap.corp.test', port: 993, protocol: 'imap' };

function result(patch: Partial<DiagnosisResult>): DiagnosisResult {
  return {
    email: 'taro@corp.test',
    status: 'ok',
    outgoing,
    incoming,
    alternatives: [],
    findings: [],
    probes: [],
    isp: null,
    hosting: null,
    elapsedMs: 1200,
    ...patch,
  };
}

const finding = (code: Finding['code'], params: Partial<Finding> = {}): Finding => ({
  code,
  severity: 'error',
  message: 'English text the wizard never reads',
  ...params,
});

describe('chooseHeadline', () => {
  it('ok with a proven login offers the export as the one action, without a warning', () => {
    const headline = chooseHeadline(result({}), false, true);
    expect(headline).toMatchObject({ status: 'ok', kind: 'ok', action: 'export', exportWarning: null });
  });

  it('ok without a password does not claim the password works', () => {
    const unproven = { ...outgoing, verified: false, login: 'not-tried' as const };
    const headline = chooseHeadline(
      result({ outgoing: unproven, incoming: { ...incoming, ...unproven, host: 'imap.corp.test' } }),
      false,
      false,
    );
    expect(headline).toMatchObject({ kind: 'okNoPassword', action: 'export', exportWarning: null });
  });

  it('login-failed names each refusing server with its protocols and the user name tried', () => {
    const refused = { verified: false, login: 'failed' as const };
    const headline = chooseHeadline(
      result({
        status: 'login-failed',
        outgoing: { ...outgoing, ...refused },
        incoming: { ...incoming, ...refused },
        findings: [
          finding('AUTH_FAILED', { host: 'mail.corp.test', protocols: ['smtp', 'imap'], username: 'taro' }),
          finding('AUTH_FAILED', { host: 'pop.corp.test', protocol: 'pop3', username: 'taro' }),
        ],
      }),
      false,
      true,
    );
    expect(headline).toMatchObject({
      kind: 'loginFailed',
      action: 'reenterPassword',
      exportWarning: 'passwordRefused',
      usernames: ['taro'],
    });
    expect(headline.refused).toEqual([
      { host: 'mail.corp.test', protocols: ['smtp', 'imap'] },
      { host: 'pop.corp.test', protocols: ['pop3'] },
    ]);
  });

  it('login-failed without AUTH_FAILED parameters falls back to the refused settings', () => {
    const headline = chooseHeadline(
      result({ status: 'login-failed', outgoing: { ...outgoing, verified: false, login: 'failed' } }),
      false,
      true,
    );
    expect(headline.refused).toEqual([{ host: 'smtp.corp.test', protocols: ['smtp'] }]);
    expect(headline.usernames).toEqual(['taro@corp.test']);
  });

  it('network with blocked mail ports names the ports and offers another network, never spelling', () => {
    const headline = chooseHeadline(
      result({
        status: 'network',
        outgoing: null,
        incoming: null,
        findings: [
          finding('MAIL_PORTS_BLOCKED', { host: 'mail.corp.test', ports: [25, 465, 993], controlPort: 443 }),
        ],
      }),
      false,
      true,
    );
    expect(headline).toMatchObject({
      kind: 'portsBlocked',
      action: 'retryOtherNetwork',
      ports: [25, 465, 993],
      host: 'mail.corp.test',
    });
  });

  it('network without blocked ports says which network fact it was', () => {
    const network = (code: Finding['code']) =>
      chooseHeadline(
        result({ status: 'network', outgoing: null, incoming: null, findings: [finding(code)] }),
        false,
        false,
      );
    expect(network('DNS_UNREACHABLE')).toMatchObject({ kind: 'dnsUnreachable', action: 'retry' });
    expect(network('SERVER_UNREACHABLE')).toMatchObject({ kind: 'serverUnreachable', action: 'retry' });
    expect(network('SERVERS_UNRESPONSIVE')).toMatchObject({ kind: 'serversUnresponsive', action: 'retry' });
  });

  it('not-found names the domain typed and leads to the server field', () => {
    const headline = chooseHeadline(
      result({ email: 'someone@nowhere.test', status: 'not-found', outgoing: null, incoming: null }),
      false,
      true,
    );
    expect(headline).toMatchObject({ kind: 'notFound', action: 'enterServer', domain: 'nowhere.test' });
  });

  it('a run the person stopped is cancelled, whatever the engine had decided so far', () => {
    const headline = chooseHeadline(
      result({ status: 'not-found', outgoing: null, incoming: null }),
      true,
      true,
    );
    expect(headline).toMatchObject({ status: 'cancelled', kind: 'cancelled', action: 'retry' });
  });

  it('partial says which half works and leads to the server field when a half is missing', () => {
    const headline = chooseHeadline(result({ status: 'partial', incoming: null }), false, true);
    expect(headline).toMatchObject({
      kind: 'partial',
      action: 'enterServer',
      outgoing: 'works',
      incoming: 'missing',
    });
  });

  it('a withheld password leaves the one primary action to the trust question', () => {
    const withheld = { ...incoming, verified: false, login: 'withheld' as const };
    const headline = chooseHeadline(result({ status: 'partial', incoming: withheld }), false, true);
    expect(headline).toMatchObject({ kind: 'withheld', action: 'consent', exportWarning: 'loginUnproven' });
  });

  it('partial with both found but one login unproven offers the export with a warning', () => {
    const unproven = { ...incoming, verified: false, login: 'not-tried' as const };
    const headline = chooseHeadline(result({ status: 'partial', incoming: unproven }), false, true);
    expect(headline).toMatchObject({
      kind: 'partial',
      action: 'export',
      outgoing: 'works',
      incoming: 'connects',
      exportWarning: 'loginUnproven',
    });
  });

  it('a server without encryption is named, and the export warns that no login was proven', () => {
    const plain = { security: 'none' as const, verified: false, login: 'not-tried' as const };
    const headline = chooseHeadline(
      result({
        status: 'partial',
        outgoing: { ...outgoing, ...plain },
        incoming: { ...incoming, ...plain },
        findings: [finding('PLAINTEXT_ONLY', { host: 'mail.corp.test', protocols: ['smtp', 'imap'] })],
      }),
      false,
      true,
    );
    expect(headline).toMatchObject({
      kind: 'plaintext',
      action: 'export',
      host: 'mail.corp.test',
      exportWarning: 'loginUnproven',
    });
  });
});
