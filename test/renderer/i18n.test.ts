// Both languages must be complete and use the same placeholders; findings render from code + params
// to text with no placeholder left over.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../electron/shared/diagnosis-types';
import { en } from '../../renderer/src/i18n/en';
import { ja } from '../../renderer/src/i18n/ja';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) out.set(leaf, text);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

const jaLeaves = leaves(ja as unknown as Tree);
const enLeaves = leaves(en as unknown as Tree);

// ja.findings is declared `satisfies Record<FindingCode, …>`, so a code added to the contract does not
// compile until it has Japanese text; these tests then hold English and rendering to the same list.
const FINDING_CODES = Object.keys(ja.findings) as FindingCode[];

describe('i18n completeness', () => {
  it('has every Japanese key in English', () => {
    const missing = [...jaLeaves.keys()].filter((key) => !enLeaves.has(key));
    expect(missing).toEqual([]);
  });

  it('has every English key in Japanese', () => {
    const missing = [...enLeaves.keys()].filter((key) => !jaLeaves.has(key));
    expect(missing).toEqual([]);
  });

  it('has no empty text', () => {
    const empty = [...jaLeaves, ...enLeaves].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differing = [...jaLeaves.keys()].filter(
      (key) => placeholders(jaLeaves.get(key) ?? '').join() !== placeholders(enLeaves.get(key) ?? '').join(),
    );
    expect(differing).toEqual([]);
  });

  it('has no Japanese left in the English text', () => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
    const leaked = [...enLeaves].filter(([, text]) => japanese.test(text)).map(([key]) => key);
    expect(leaked).toEqual([]);
  });

  it('explains every finding code with a title, an explanation and what to do', () => {
    for (const code of FINDING_CODES) {
      for (const part of ['title', 'body', 'action']) {
        expect(jaLeaves.has(`findings.${code}.${part}`), `ja ${code}.${part}`).toBe(true);
        expect(enLeaves.has(`findings.${code}.${part}`), `en ${code}.${part}`).toBe(true);
      }
    }
  });
});

describe('finding rendering', () => {
  it('fills every placeholder from the parameters the renderer supplies', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { ja: { translation: ja }, en: { translation: en } },
      lng: 'ja',
      interpolation: { escapeValue: false },
    });
    const values = {
      host: 'mail.example.jp',
      port: 587,
      suggestedHost: 'sv1.host.jp',
      isp: 'OCN',
      provider: 'Xserver',
      username: 'yamada',
      tlsVersion: 'TLSv1',
      certNames: 'sv1.host.jp',
      validTo: '2024/01/01',
      ports: '465 / 587',
      server: '送信サーバー',
    };
    for (const lng of ['ja', 'en']) {
      for (const code of FINDING_CODES) {
        for (const part of ['title', 'body', 'action']) {
          const text = instance.t(`findings.${code}.${part}`, { ...values, lng });
          expect(text, `${lng} ${code}.${part}`).not.toMatch(/\{\{|findings\./);
        }
      }
    }
    for (const lng of ['ja', 'en']) {
      for (const part of ['title', 'body', 'action']) {
        const text = instance.t(`findingVariants.TEST_MESSAGE_NOT_SENT.${part}`, { ...values, lng });
        expect(text, `${lng} TEST_MESSAGE_NOT_SENT.${part}`).not.toMatch(/\{\{|findingVariants\./);
      }
    }
    expect(instance.t('findings.PORT25_BLOCKED.action', { ...values, lng: 'ja' })).toContain('465 / 587');
  });
});

describe('the welcome promise', () => {
  it('names the engine’s own upper bound for a check', async () => {
    const { DEFAULT_TOTAL_TIMEOUT_MS } = await import('../../electron/diagnosis/config');
    const seconds = String(DEFAULT_TOTAL_TIMEOUT_MS / 1000);
    expect(ja.welcome.stepsList.check).toContain(`${seconds}秒`);
    expect(en.welcome.stepsList.check).toContain(`${seconds} seconds`);
  });
});
