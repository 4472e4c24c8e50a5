import { CorpusModel } from './corpus.ts';
import type { EntityIndex, Matcher, MatchText } from './matcher.ts';
import { SparseIndex } from './sparse-index.ts';
import { type SparseVector, sparseDot } from './vectors.ts';

/** The plain baseline's tokens: lower-cased words of two or more letters or digits; each Han character alone. */
export function baselineTokens(text: string): string[] {
  return text.toLowerCase().match(/[\u3400-\u9fff]|[^\s\p{P}\p{S}\u3400-\u9fff]{2,}/gu) ?? [];
}

/**
 * The plain TF-IDF-cosine baseline the lexical matcher is measured against: raw term counts,
 * smoothed idf, unit length, no stemming, stopwords, redaction handling or term table.
 */
export class TfidfBaselineMatcher implements Matcher<SparseVector> {
  readonly name = 'tfidf-baseline';
  readonly defaultThreshold = 0.3;
  private readonly corpus = new CorpusModel(0);

  async fit(items: readonly MatchText[]): Promise<SparseVector[]> {
    const tokens = items.map((item) => baselineTokens(item.text));
    for (const t of tokens) this.corpus.addDocument(t);
    return tokens.map((t) => this.corpus.vectorise(t, { scheme: 'tfidf' }));
  }

  async vectorise(items: readonly MatchText[]): Promise<SparseVector[]> {
    return items.map((item) => this.corpus.vectorise(baselineTokens(item.text), { scheme: 'tfidf' }));
  }

  similarity(a: SparseVector, b: SparseVector): number {
    return sparseDot(a, b);
  }

  createIndex(): EntityIndex<SparseVector> {
    return new SparseIndex();
  }
}
