import { describe, expect, it } from 'vitest';
import { groupBySimilarity, ProblemGroups } from './group.ts';
import { isSameProblem, rankEarlier, suggestSameProblem } from './rank.ts';

const near = (a: number, b: number) => 1 - Math.abs(a - b);

describe('rankEarlier', () => {
  const earlier = [
    { id: 'a', customerRef: 'c1', vector: 0.2 },
    { id: 'b', customerRef: 'c2', vector: 0.9 },
    { id: 'c', customerRef: 'c3', vector: 0.9 },
    { id: 'd', customerRef: 'c1', vector: 0.85 },
  ];
  it('puts the most alike first, the later complaint first on ties, and honours limit and floor', () => {
    expect(rankEarlier(1, earlier, near).map((m) => m.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(rankEarlier(1, earlier, near, { limit: 2 }).map((m) => m.id)).toEqual(['c', 'b']);
    expect(rankEarlier(1, earlier, near, { minSimilarity: 0.5 }).map((m) => m.id)).toEqual(['c', 'b', 'd']);
  });
  it('counts the other customers behind a suggestion', () => {
    const ranked = rankEarlier(1, earlier, near);
    expect(suggestSameProblem(ranked, 0.8, 'c1')).toEqual({
      complaintIds: ['c', 'b', 'd'],
      otherCustomers: 2,
      similarity: 0.9,
      minSimilarity: 0.85,
    });
    expect(suggestSameProblem(ranked, 0.95, 'c1')).toBeNull();
  });
});

describe('isSameProblem', () => {
  const base = { threshold: 0.5 };
  it('follows the rule’s mode: by issue code, by text, or either', () => {
    const codeOnly = { ...base, issueCodeA: 'pages_not_cut', issueCodeB: 'pages_not_cut', similarity: 0.1 };
    const textOnly = { ...base, issueCodeA: 'pages_not_cut', issueCodeB: null, similarity: 0.7 };
    expect(isSameProblem('issue_code', codeOnly)).toBe(true);
    expect(isSameProblem('text', codeOnly)).toBe(false);
    expect(isSameProblem('issue_code', textOnly)).toBe(false);
    expect(isSameProblem('text', textOnly)).toBe(true);
    expect(isSameProblem('either', codeOnly)).toBe(true);
    expect(isSameProblem('either', textOnly)).toBe(true);
    expect(isSameProblem('either', { ...base, issueCodeA: null, issueCodeB: null, similarity: null })).toBe(
      false,
    );
  });
});

describe('grouping', () => {
  it('chains similar complaints into one problem and adds confirmed pairs', () => {
    const complaints = [0, 0.15, 0.3, 0.9, 0.95, 0.6].map((vector, i) => ({ id: `c${i}`, vector }));
    expect(groupBySimilarity(complaints, near, 0.8)).toEqual([['c0', 'c1', 'c2'], ['c3', 'c4'], ['c5']]);
    expect(groupBySimilarity(complaints, near, 0.8, [['c5', 'c4']])).toEqual([
      ['c0', 'c1', 'c2'],
      ['c3', 'c4', 'c5'],
    ]);
  });
  it('keeps the oldest complaint as the group id whatever the order of confirmations', () => {
    const groups = new ProblemGroups();
    groups.join('c3', 'c2');
    groups.join('c2', 'c1');
    expect(groups.find('c3')).toBe('c1');
    expect(groups.same('c1', 'c3')).toBe(true);
    expect(groups.same('c1', 'c4')).toBe(false);
    expect(groups.groupsOf(['c4', 'c1', 'c3'])).toEqual([['c4'], ['c1', 'c3']]);
  });
});
