// What the wizard sends to the engine.
import { describe, expect, it } from 'vitest';
import { buildDiagnosisRequest, needsHostNumber } from '../../renderer/src/wizard/request';
import { initialState, type ContextState } from '../../renderer/src/wizard/state';

const base = initialState();
const guessed: ContextState = {
  ...base.context,
  guessFor: 'taro@example.jp',
  guess: {
    domain: 'example.jp',
    isp: { name: 'OCN', id: 'ocn', source: 'ptr' },
    hosting: { name: 'Xserver', id: 'xserver', source: 'ns' },
    needs: ['hostNumber'],
  },
};

describe('buildDiagnosisRequest', () => {
  it('sends the A-label address and leaves empty optional fields out', () => {
    const request = buildDiagnosisRequest(
      { ...base, account: { ...base.account, email: ' 山田@例え.jp ' } },
      'ja',
    );
    expect(request).toEqual({ email: '山田@xn--r8jz45g.jp', publicIpLookup: true, lang: 'ja' });
  });

  it('passes password, user name, server name and the detected providers as hints', () => {
    const request = buildDiagnosisRequest(
      {
        ...base,
        account: {
          ...base.account,
          email: 'taro@example.jp',
          password: 'pw',
          username: ' taro ',
          serverHost: 'Mail.Example.JP',
        },
        context: { ...guessed, hostNumber: '1234' },
      },
      'en',
    );
    expect(request.password).toBe('pw');
    expect(request.username).toBe('taro');
    expect(request.hints).toEqual({
      isp: 'ocn',
      hosting: 'xserver',
      serverHost: 'mail.example.jp',
      hostNumber: '1234',
    });
  });

  it('sends the chosen id for a correction and the detected one otherwise', () => {
    const request = buildDiagnosisRequest(
      {
        ...base,
        account: { ...base.account, email: 'taro@example.jp' },
        context: { ...guessed, hosting: { kind: 'provider', id: 'sakura' } },
      },
      'ja',
    );
    expect(request.hints).toEqual({ isp: 'ocn', hosting: 'sakura' });
  });

  it('asks for the server number while a host that needs it is detected or chosen from the list', () => {
    expect(needsHostNumber(guessed)).toBe(true);
    expect(needsHostNumber({ ...guessed, hosting: { kind: 'provider', id: 'sakura' } })).toBe(false);
    expect(needsHostNumber(base.context)).toBe(false);
    expect(needsHostNumber({ ...base.context, hosting: { kind: 'provider', id: 'xserver' } })).toBe(true);
  });

  it('sends the digits of a server number typed in any usual shape, and nothing for a malformed one', () => {
    const withNumber = (hostNumber: string) =>
      buildDiagnosisRequest(
        {
          ...base,
          account: { ...base.account, email: 'taro@example.jp' },
          context: { ...base.context, hosting: { kind: 'provider', id: 'xserver' }, hostNumber },
        },
        'ja',
      ).hints;
    expect(withNumber('SV1234')).toEqual({ hosting: 'xserver', hostNumber: '1234' });
    expect(withNumber('sv1234.xserver.jp')).toEqual({ hosting: 'xserver', hostNumber: '1234' });
    expect(withNumber('１２３４')).toEqual({ hosting: 'xserver', hostNumber: '1234' });
    expect(withNumber('mail server')).toEqual({ hosting: 'xserver' });
  });

  it('asks for the test message only with a password', () => {
    const account = { ...base.account, email: 'taro@example.jp', sendTestMessage: true };
    expect(buildDiagnosisRequest({ ...base, account }, 'ja').sendTestMessage).toBeUndefined();
    const withPassword = buildDiagnosisRequest({ ...base, account: { ...account, password: 'pw' } }, 'ja');
    expect(withPassword.sendTestMessage).toBe(true);
    const optedOut = { ...account, password: 'pw', sendTestMessage: false };
    expect(buildDiagnosisRequest({ ...base, account: optedOut }, 'ja').sendTestMessage).toBeUndefined();
  });
});
