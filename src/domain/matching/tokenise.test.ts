import { describe, expect, it } from 'vitest';
import { stemEnglish } from './stem.ts';
import { buildTermTable, defaultTermTable, extendTermTable } from './term-table.ts';
import { entityNameWords, placeholders, tokenise } from './tokenise.ts';

describe('stemEnglish', () => {
  it('folds the forms of one word together', () => {
    for (const group of [
      ['charge', 'charged', 'charges', 'charging'],
      ['collect', 'collection', 'collections', 'collected'],
      ['pay', 'payment', 'payments'],
      ['report', 'reported', 'reporting', 'reports'],
      ['inquiry', 'inquiries'],
      ['stop', 'stopped'],
    ]) {
      expect(new Set(group.map(stemEnglish)).size, group.join(',')).toBe(1);
    }
  });
});

describe('tokenise', () => {
  it('drops stopwords but keeps negations', () => {
    expect(tokenise("The debt is not mine and I didn't owe it")).toEqual(['debt', 'not', 'min', 'not', 'ow']);
  });
  it('normalises CFPB redactions, amounts and dates', () => {
    const tokens = tokenise('On XX/XX/2019 XXXX XXXX charged {$21.00} and {$1.00}, see 12/03/2019');
    expect(tokens).toEqual(['#date', 'charg', '#money', '#money', 'se', '#date']);
    expect(tokens).not.toContain('xxxx');
  });
  it('normalises Chinese dates, amounts, masked names and full-width forms', () => {
    expect(tokenise('2024年3月5日 付了35元 ***')).toEqual(['#date', '付', '付了', '#money']);
    expect(tokenise('ＡＢＣ退款')).toEqual(tokenise('abc退款'));
  });
  it('cuts Han text into characters and bigrams, skipping pure grammar', () => {
    expect(tokenise('书页未裁开')).toEqual(['书', '书页', '页', '页未', '未', '未裁', '裁', '裁开', '开']);
    expect(tokenise('我的')).toEqual([]);
  });
  it('reads mixed Chinese and English in one complaint', () => {
    expect(tokenise('iPhone屏幕碎了 screen cracked')).toEqual([
      'iphon',
      '屏',
      '屏幕',
      '幕',
      '幕碎',
      '碎',
      '碎了',
      'screen',
      'crack',
    ]);
  });
  it('adds English word pairs when asked', () => {
    expect(tokenise('late fee charged', { wordPairs: true })).toEqual([
      'lat',
      'fe',
      'lat fe',
      'charg',
      'fe charg',
    ]);
  });
  it("drops the entity's own name, less its legal suffix", () => {
    expect([...entityNameWords('WELLS FARGO & COMPANY')]).toEqual(['well', 'fargo']);
    expect(tokenise('Wells Fargo closed my account', { entityName: 'WELLS FARGO & COMPANY' })).toEqual([
      'clos',
      'account',
    ]);
    expect(tokenise('三体这本书缺页', { entityName: '三体' })).not.toContain('三体');
  });
});

describe('term table', () => {
  const terms = defaultTermTable();
  const concepts = (text: string) => tokenise(text, { terms }).filter((t) => t.startsWith('~'));
  it('gives "书页未裁开", "pages not cut" and "uncut pages" the same concepts', () => {
    const expected = ['~page', '~pages_uncut'];
    expect(concepts('书页未裁开').sort()).toEqual(expected);
    expect(concepts('pages not cut').sort()).toEqual(expected);
    expect(concepts('Uncut pages!').sort()).toEqual(expected);
  });
  it('prefers the longest phrase and keeps the words themselves', () => {
    expect(tokenise('I was charged twice', { terms })).toEqual([
      'charg',
      '~charge',
      '~double_charge',
      'twic',
    ]);
    expect(concepts('没有收到退款')).toEqual(['~not_received', '~refund']);
  });
  it('counts a specific problem as its general one too, and keeps different problems apart', () => {
    expect(concepts('续航崩了').sort()).toEqual(['~battery', '~battery_drain']);
    expect(concepts('battery drains fast').sort()).toEqual(['~battery', '~battery_drain']);
    expect(concepts('电池鼓包了').sort()).toEqual(['~battery', '~battery_swelling']);
    expect(concepts('充不进电')).toEqual(['~charging_failed', '~charger']);
    expect(concepts('退款一直没到账')).toContain('~refund');
  });
  it('maps no lone common character or stopword-only phrase to a concept', () => {
    for (const { concept, terms: words } of terms.entries) {
      for (const word of words) {
        if (/[\u3400-\u9fff]/.test(word)) expect(word.length, `${concept}: ${word}`).toBeGreaterThan(1);
        else expect(tokenise(word).length, `${concept}: ${word}`).toBeGreaterThan(0);
      }
    }
  });
  it('is extended by users, in either language', () => {
    const extended = extendTermTable(terms, [{ concept: 'spine', terms: ['spine', 'book spine', '书脊'] }]);
    expect(tokenise('书脊开裂', { terms: extended })).toContain('~spine');
    expect(tokenise('the spine cracked', { terms: extended })).toContain('~spine');
    expect(tokenise('书脊开裂', { terms })).not.toContain('~spine');
  });
  it('applies learned aliases last', () => {
    const table = buildTermTable([], new Map([['书脊', 'spin']]));
    expect(tokenise('书脊', { terms: table })).toEqual(['书', 'spin', '脊']);
    expect(placeholders.date).toBe('#date');
  });
});
