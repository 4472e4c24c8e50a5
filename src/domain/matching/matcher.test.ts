import { describe, expect, it } from 'vitest';
import { TfidfBaselineMatcher } from './baseline.ts';
import { groupBySimilarity } from './group.ts';
import {
  EmbeddingMatcher,
  LexicalMatcher,
  embeddingsRequestBody,
  parseEmbeddingsResponse,
} from './matcher.ts';
import { rankEarlier, suggestSameProblem } from './rank.ts';

const book = '三体 The Three-Body Problem';
const complaints = [
  { id: 'c1', customerRef: 'li.wei', text: '书页未裁开' },
  { id: 'c2', customerRef: 'tom', text: 'pages not cut' },
  { id: 'c3', customerRef: 'ann', text: 'uncut pages' },
  { id: 'c4', customerRef: 'zhang', text: '快递太慢了，一周才到' },
  { id: 'c5', customerRef: 'bob', text: 'The delivery was late, it took a week' },
  { id: 'c6', customerRef: 'wang', text: '封面有污渍' },
  { id: 'c7', customerRef: 'eve', text: 'I was charged twice for one order' },
];

async function fitted() {
  const matcher = new LexicalMatcher();
  const vectors = await matcher.fit(complaints.map((c) => ({ text: c.text, entityName: book })));
  return { matcher, items: complaints.map((c, i) => ({ ...c, vector: vectors[i]! })) };
}

describe('LexicalMatcher', () => {
  it('groups the seed example as one problem: "书页未裁开", "pages not cut", "uncut pages"', async () => {
    const { matcher, items } = await fitted();
    const groups = groupBySimilarity(items, (a, b) => matcher.similarity(a, b), matcher.defaultThreshold);
    expect(groups).toContainEqual(['c1', 'c2', 'c3']);
    expect(groups).toContainEqual(['c4', 'c5']);
    expect(groups).toContainEqual(['c6']);
    expect(groups).toContainEqual(['c7']);
  });

  it('ranks a new complaint against the earlier ones and says who else had the problem', async () => {
    const { matcher, items } = await fitted();
    const [query] = await matcher.vectorise([{ text: '这本书的书页没有裁开，没法读', entityName: book }]);
    const ranked = rankEarlier(query!, items, (a, b) => matcher.similarity(a, b));
    expect(
      ranked
        .slice(0, 3)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['c1', 'c2', 'c3']);
    const suggestion = suggestSameProblem(ranked, matcher.defaultThreshold, 'li.wei');
    expect(suggestion?.complaintIds.sort()).toEqual(['c1', 'c2', 'c3']);
    expect(suggestion?.otherCustomers).toBe(2);
    expect(suggestion!.similarity).toBeGreaterThan(suggestion!.minSimilarity);
  });

  it('matches mixed Chinese–English text both ways', async () => {
    const { matcher } = await fitted();
    const [mixed, zh, en, other] = await matcher.vectorise([
      { text: '收到的书 pages not cut，要求退款' },
      { text: '书页没裁开，我要退款' },
      { text: 'Uncut pages, I want a refund' },
      { text: '客服态度很差' },
    ]);
    expect(matcher.similarity(mixed!, zh!)).toBeGreaterThan(matcher.defaultThreshold);
    expect(matcher.similarity(mixed!, en!)).toBeGreaterThan(matcher.defaultThreshold);
    expect(matcher.similarity(mixed!, other!)).toBeLessThan(0.05);
  });

  it('needs the term table to cross languages; the plain baseline cannot', async () => {
    const texts = ['书页未裁开', 'pages not cut'].map((text) => ({ text }));
    const without = new LexicalMatcher({ terms: null });
    const [a, b] = await without.fit(texts);
    expect(without.similarity(a!, b!)).toBe(0);
    const baseline = new TfidfBaselineMatcher();
    const [x, y] = await baseline.fit(texts);
    expect(baseline.similarity(x!, y!)).toBe(0);
  });

  it('finds near-duplicate English complaints despite redactions and amounts', async () => {
    const matcher = new LexicalMatcher();
    const [a, b, c] = await matcher.fit([
      { text: 'XXXX XXXX charged me a late fee of {$35.00} on XX/XX/2019 although I paid on time.' },
      { text: 'They charged a late fee {$25.00} on XX/XX/2018 even though my payment was on time' },
      { text: 'Someone opened a credit card in my name; this is identity theft.' },
    ]);
    expect(matcher.similarity(a!, b!)).toBeGreaterThan(0.3);
    expect(matcher.similarity(a!, c!)).toBeLessThan(0.05);
  });
});

describe('EmbeddingMatcher', () => {
  it('takes its vectors from the injected embed(), in batches, cleaned of redactions', async () => {
    const calls: string[][] = [];
    const embed = async (texts: string[]) => {
      calls.push(texts);
      return texts.map((t) => (t.includes('cut') || t.includes('裁') ? [1, 0.1] : [0, 1]));
    };
    const matcher = new EmbeddingMatcher({ embed, batchSize: 2 });
    const [a, b, c] = await matcher.fit([
      { text: 'pages not cut XXXX' },
      { text: '书页未裁开' },
      { text: 'late delivery' },
    ]);
    expect(calls).toEqual([['pages not cut', '书页未裁开'], ['late delivery']]);
    expect(matcher.similarity(a!, b!)).toBeCloseTo(1);
    expect(matcher.similarity(a!, c!)).toBeLessThan(0.2);
    const index = matcher.createIndex();
    index.add(a!);
    index.add(c!);
    expect(Array.from(index.scoreAll(b!)).map((s) => Math.round(s * 10) / 10)).toEqual([1, 0.1]);
  });

  it('refuses an endpoint that returns the wrong number of vectors', async () => {
    const matcher = new EmbeddingMatcher({ embed: async () => [[1, 0]] });
    await expect(matcher.vectorise([{ text: 'a' }, { text: 'b' }])).rejects.toThrow(
      /asked for 2 vectors, got 1/,
    );
  });

  it('speaks the OpenAI-compatible /v1/embeddings format', () => {
    expect(embeddingsRequestBody('bge-m3', ['书页未裁开'])).toEqual({
      model: 'bge-m3',
      input: ['书页未裁开'],
    });
    const body = {
      data: [
        { index: 1, embedding: [0, 1] },
        { index: 0, embedding: [1, 0] },
      ],
    };
    expect(parseEmbeddingsResponse(body)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(() => parseEmbeddingsResponse({ error: 'x' })).toThrow(/no "data"/);
  });
});
