// The wizard words a weak provider match as a guess and a line operator as "cannot be told", in both
// languages; a strong match (or an older result without a confidence) stays "detected".
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { ja } from '../../renderer/src/i18n/ja';
import { providerWording } from '../../renderer/src/wizard/provider-wording';

describe('provider wording', () => {
  it('follows the confidence and the line type', () => {
    expect(providerWording({ name: 'Xserver', source: 'mx-ptr', confidence: 'strong' })).toBe('detected');
    expect(providerWording({ name: 'OCN', source: 'ptr' })).toBe('detected');
    expect(providerWording({ name: 'Xserver', source: 'ns', confidence: 'weak' })).toBe('guess');
    expect(providerWording({ name: 'v6 Plus line (JPNE)', source: 'ptr', lineType: 'ipv4-over-ipv6' })).toBe(
      'lineOperator',
    );
  });

  it('says a guess is a guess in Japanese and English', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { ja: { translation: ja }, en: { translation: en } },
      lng: 'ja',
      interpolation: { escapeValue: false },
    });
    const name = 'Xserver';
    expect(instance.t('context.detectedGuess', { name, lng: 'ja' })).toBe(
      'Xserver のようです（確実ではありません）',
    );
    expect(instance.t('context.detectedGuess', { name, lng: 'en' })).toBe('Looks like Xserver (not certain)');
    expect(instance.t('context.detectedLineOperator', { name: 'v6プラス', lng: 'ja' })).toContain(
      'プロバイダーを特定できません',
    );
    expect(instance.t('result.providerGuess', { name, lng: 'en' })).toBe('probably Xserver');
  });
});
