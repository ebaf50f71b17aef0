// The one address parser (engine and wizard): full-width input typed with a Japanese IME is accepted
// as its half-width form, the same way with Node's IDN conversion (CLI) and the browser's (wizard).
import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEmailAddress, toHalfWidth } from '../../electron/shared/email-address';
import { parseEmail } from '../../renderer/src/lib/email';

const engineParse = (raw: string) => parseEmailAddress(raw, domainToASCII);

describe('full-width input', () => {
  it.each([
    ['ｔａｒｏ＠ｃｏｒｐ．ｔｅｓｔ', 'taro@corp.test'],
    ['taro＠corp.test', 'taro@corp.test'],
    ['\u3000ＴＡＲＯ.yamada@Corp.Test\u3000', 'TARO.yamada@corp.test'],
    ['山田＠例え．ｊｐ', '山田@xn--r8jz45g.jp'],
  ])('%s is read as %s by the engine and by the wizard', (raw, address) => {
    const engine = engineParse(raw);
    const wizard = parseEmail(raw);
    expect(engine).toMatchObject({ ok: true, email: { address } });
    expect(wizard).toEqual(engine);
  });

  it('keeps the problems it had: a full-width space inside the address is still not allowed', () => {
    expect(engineParse('ta\u3000ro@corp.test')).toEqual({ ok: false, problem: 'LOCAL_INVALID' });
    expect(engineParse('ｔａｒｏ．ｃｏｒｐ．ｔｅｓｔ')).toEqual({ ok: false, problem: 'NO_AT' });
  });

  it('leaves half-width text and kana alone', () => {
    expect(toHalfWidth('taro@corp.test')).toBe('taro@corp.test');
    expect(toHalfWidth('やまだ')).toBe('やまだ');
    expect(toHalfWidth('ｍａｉｌ．ｃｏｒｐ．ｔｅｓｔ')).toBe('mail.corp.test');
  });
});
