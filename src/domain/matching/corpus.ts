import { type SparseVector, unitSparse } from './vectors.ts';

/** How term weights are computed from a corpus. */
export interface WeightingOptions {
  /** 'bm25': saturating term frequency with length normalisation; 'tfidf': raw tf × idf (the plain baseline). */
  scheme: 'bm25' | 'tfidf';
  k1?: number;
  b?: number;
  /** Weight multiplier of concept tokens (`~refund`): a curated translation is stronger evidence than one shared word. */
  conceptBoost?: number;
}

/**
 * What the matcher learns from complaint texts: the vocabulary, how many complaints use each
 * term (document frequency) and the average length. It grows as complaints arrive.
 */
export class CorpusModel {
  readonly vocabulary = new Map<string, number>();
  private df: number[] = [];
  private totalLength = 0;
  documents = 0;

  constructor(readonly priorDocuments = 10) {}

  /** Counts one complaint's tokens into the document frequencies. */
  addDocument(tokens: readonly string[]): void {
    const seen = new Set<number>();
    for (const token of tokens) seen.add(this.termId(token));
    for (const id of seen) this.df[id] = (this.df[id] ?? 0) + 1;
    this.documents += 1;
    this.totalLength += tokens.length;
  }

  /** The id of a term, adding it to the vocabulary when new. */
  termId(token: string): number {
    let id = this.vocabulary.get(token);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(token, id);
      this.df.push(0);
    }
    return id;
  }

  documentFrequency(id: number): number {
    return this.df[id] ?? 0;
  }

  get averageLength(): number {
    return this.documents > 0 ? this.totalLength / this.documents : 1;
  }

  /**
   * Inverse document frequency, BM25's form, over the corpus plus `priorDocuments` empty ones: a
   * young deployment's few complaints then weigh their words evenly instead of by chance counts.
   */
  idf(id: number): number {
    const n = this.documents + this.priorDocuments;
    const df = Math.max(this.df[id] ?? 0, 1);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** A complaint's weighted, unit-length vector under the current corpus statistics. */
  vectorise(tokens: readonly string[], options: WeightingOptions): SparseVector {
    const tf = new Map<number, number>();
    const boost = options.conceptBoost ?? 1;
    const boosted = new Set<number>();
    for (const token of tokens) {
      const id = this.termId(token);
      tf.set(id, (tf.get(id) ?? 0) + 1);
      if (boost !== 1 && token.startsWith('~')) boosted.add(id);
    }
    const weights = new Map<number, number>();
    if (options.scheme === 'tfidf') {
      const n = Math.max(this.documents, 1);
      for (const [id, f] of tf) weights.set(id, f * (Math.log((1 + n) / (1 + (this.df[id] ?? 0))) + 1));
      return unitSparse(weights);
    }
    const k1 = options.k1 ?? 1.2;
    const b = options.b ?? 0.75;
    const lengthRatio = tokens.length / this.averageLength;
    for (const [id, f] of tf) {
      const saturated = (f * (k1 + 1)) / (f + k1 * (1 - b + b * lengthRatio));
      weights.set(id, saturated * this.idf(id) * (boosted.has(id) ? boost : 1));
    }
    return unitSparse(weights);
  }
}
