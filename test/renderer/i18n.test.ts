// Both languages must be complete and use the same placeholders. The finding texts live in the shared
// catalogue (test/shared/finding-catalogue.test.ts).
import { describe, expect, it } from 'vitest';
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
});

describe('the welcome promise', () => {
  it('names the engine’s own upper bound for a check', async () => {
    const { DEFAULT_TOTAL_TIMEOUT_MS } = await import('../../electron/diagnosis/config');
    const seconds = String(DEFAULT_TOTAL_TIMEOUT_MS / 1000);
    expect(ja.welcome.stepsList.check).toContain(`${seconds}秒`);
    expect(en.welcome.stepsList.check).toContain(`${seconds} seconds`);
  });
});
