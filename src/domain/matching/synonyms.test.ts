import { describe, expect, it } from 'vitest';
import { LexicalMatcher } from './matcher.ts';
import { learnSynonyms, synonymAliases } from './synonyms.ts';
import { defaultTermTable, withAliases } from './term-table.ts';

describe('learnSynonyms', () => {
  // "书脊" (spine) is in no built-in table: agents confirm three zh/en pairs about it.
  const confirmed: [string, string][] = [
    ['书脊开裂了', 'the spine is cracked'],
    ['书脊断了', 'broken spine'],
    ['收到时书脊破损', 'spine damaged on arrival'],
    ['封面开裂', 'the cover cracked'],
    ['盒子开裂', 'box cracked'],
  ];
  const plain = new LexicalMatcher({ wordPairs: false });
  const pairs = confirmed.map(([a, b]) => ({ a: plain.tokens({ text: a }), b: plain.tokens({ text: b }) }));

  it('learns 书脊 ↔ spine from confirmed pairs, and nothing from a single confirmation', () => {
    const learned = learnSynonyms(pairs);
    expect(learned.map((l) => [l.from, l.to])).toContainEqual(['spin', '书脊']);
    expect(learned.map((l) => [l.from, l.to])).toContainEqual(['crack', '开裂']);
    expect(learned.find((l) => l.to === '书脊')?.support).toBe(3);
    expect(learnSynonyms(pairs.slice(0, 1))).toEqual([]);
  });

  it('never learns from placeholders or concepts the table already shares', () => {
    const learned = learnSynonyms(pairs);
    expect(learned.every((l) => !l.from.startsWith('~') && !l.to.startsWith('#'))).toBe(true);
  });

  it('makes later matches better once merged into the term table', async () => {
    const texts = [{ text: '书脊开裂' }, { text: 'cracked spine' }, { text: '快递太慢' }];
    const before = new LexicalMatcher();
    const [a, b] = await before.fit(texts);
    const terms = withAliases(defaultTermTable(), synonymAliases(learnSynonyms(pairs)));
    const after = new LexicalMatcher({ terms });
    const [x, y, z] = await after.fit(texts);
    expect(after.similarity(x!, y!)).toBeGreaterThan(before.similarity(a!, b!));
    expect(after.similarity(x!, y!)).toBeGreaterThan(after.defaultThreshold);
    expect(after.similarity(x!, z!)).toBe(0);
  });
});
