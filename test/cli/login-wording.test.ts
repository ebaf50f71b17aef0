// The CLI says a login was refused only where it was sent: a setting whose login the same server's
// refusal on another protocol made unnecessary says so, naming that protocol.
import { describe, expect, it } from 'vitest';
import { renderHuman } from '../../electron/cli/render.js';
import {
  emptyDiagnosisResult,
  type DiagnosisResult,
  type OutgoingSetting,
} from '../../electron/shared/diagnosis-types.js';

const smtp: OutgoingSetting = {
  host: 'mail.shop.jp',
  port: 465,
  security: 'tls',
  auth: 'password',
  username: 'taro@shop.jp',
  verified: false,
  login: 'failed',
};

function result(outgoing: OutgoingSetting): DiagnosisResult {
  return { ...emptyDiagnosisResult('taro@shop.jp'), status: 'login-failed', outgoing, elapsedMs: 10 };
}

describe('CLI login wording', () => {
  it('a refusal on this protocol reads refused', () => {
    expect(renderHuman(result(smtp), 'en')).toContain('FAILED: the server refused the password');
  });

  it('a login not sent because IMAP was refused names IMAP, in both languages', () => {
    const inherited = result({ ...smtp, loginRefusedOn: 'imap' });
    const en = renderHuman(inherited, 'en');
    expect(en).toContain('FAILED: not tried here, because the same server refused the password on IMAP');
    expect(en).not.toContain('FAILED: the server refused the password');
    expect(renderHuman(inherited, 'ja')).toContain('同じサーバーが IMAP でパスワードを受け付けなかった');
  });
});
