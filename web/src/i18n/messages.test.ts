import { describe, expect, it } from 'vitest';
import { pickLocale } from './index.ts';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-CN.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const variables = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the web app’s messages', () => {
  const english = leaves(en as unknown as Tree);
  const chinese = leaves(zhCN as unknown as Tree);

  it('has every message in both languages, none empty, with the same {{variables}}', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(chinese.get(key)!.trim(), key).not.toBe('');
      expect(variables(chinese.get(key)!), key).toEqual(variables(text));
    }
  });

  it('really translates: Chinese messages are written in Chinese', () => {
    const untranslated = [...chinese].filter(
      ([key, text]) => text === english.get(key) && /[A-Za-z]{3}/.test(text.replace(/\{\{\w+\}\}/g, '')),
    );
    expect(untranslated).toEqual([]);
  });

  it('picks the language from the browser’s preferences', () => {
    expect(pickLocale(['zh-CN', 'en'])).toBe('zh-CN');
    expect(pickLocale(['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickLocale(['zh-TW'])).toBe('zh-CN');
    expect(pickLocale(['en-GB', 'zh'])).toBe('en');
    expect(pickLocale(['fr-FR', 'zh'])).toBe('zh-CN');
    expect(pickLocale(['fr-FR'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
