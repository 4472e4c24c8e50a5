import { CorpusModel, type WeightingOptions } from './corpus.ts';
import { SparseIndex } from './sparse-index.ts';
import { defaultTermTable, type TermTable } from './term-table.ts';
import { tokenise } from './tokenise.ts';
import { denseDot, type SparseVector, sparseDot, unitDense } from './vectors.ts';

/** A complaint as a matcher sees it: what the customer wrote, and the name of what it is about. */
export interface MatchText {
  text: string;
  /** The target's (or company's) name: its words say nothing about the problem and are dropped. */
  entityName?: string;
}

/** Scores a new complaint against one entity's earlier complaints, in the order they were added. */
export interface EntityIndex<V> {
  add(vector: V): void;
  /** Similarity with each indexed complaint, by position; valid until the next call. */
  scoreAll(query: V): ArrayLike<number>;
  readonly size: number;
}

/**
 * Turns complaint texts into vectors whose similarity says "same problem". Lexical (offline,
 * bilingual) or embeddings from an endpoint the user configures; both calibrate the same way.
 */
export interface Matcher<V> {
  readonly name: string;
  /** The threshold used until the corpus is large enough to calibrate one on. */
  readonly defaultThreshold: number;
  /** Learns what it can from the corpus (term weights) and returns its vectors, in order. */
  fit(items: readonly MatchText[]): Promise<V[]>;
  /** Vectors for complaints that arrive later, under what was learned so far. */
  vectorise(items: readonly MatchText[]): Promise<V[]>;
  similarity(a: V, b: V): number;
  createIndex(): EntityIndex<V>;
}

/** An index that compares with each earlier vector in turn: right for dense embeddings. */
export class LinearIndex<V> implements EntityIndex<V> {
  private readonly vectors: V[] = [];
  private scores = new Float64Array(0);
  constructor(private readonly similarity: (a: V, b: V) => number) {}
  get size(): number {
    return this.vectors.length;
  }
  add(vector: V): void {
    this.vectors.push(vector);
  }
  scoreAll(query: V): Float64Array {
    if (this.scores.length < this.vectors.length) this.scores = new Float64Array(this.vectors.length * 2);
    for (let i = 0; i < this.vectors.length; i++)
      this.scores[i] = this.similarity(query, this.vectors[i] as V);
    return this.scores.subarray(0, this.vectors.length);
  }
}

export interface LexicalMatcherOptions {
  /** The bilingual term table; the built-in one by default. Pass `null` for none. */
  terms?: TermTable | null;
  /** Adjacent English word pairs as extra tokens (on by default). */
  wordPairs?: boolean;
  weighting?: WeightingOptions;
  /** Empty documents assumed in the corpus, so a young deployment's weights are not chance. */
  priorDocuments?: number;
}

/**
 * The offline bilingual matcher: tokens from `tokenise` (stems, Han n-grams, concepts of the term
 * table), BM25 weights learned from the complaint corpus, cosine similarity.
 */
export class LexicalMatcher implements Matcher<SparseVector> {
  readonly name = 'lexical';
  readonly defaultThreshold = 0.2;
  readonly corpus: CorpusModel;
  private readonly terms: TermTable | undefined;
  private readonly wordPairs: boolean;
  private readonly weighting: WeightingOptions;

  constructor(options: LexicalMatcherOptions = {}) {
    this.terms = options.terms === null ? undefined : (options.terms ?? defaultTermTable());
    this.wordPairs = options.wordPairs ?? true;
    this.weighting = options.weighting ?? { scheme: 'bm25', conceptBoost: 2 };
    this.corpus = new CorpusModel(options.priorDocuments ?? 10);
  }

  /** The tokens a complaint is compared by. */
  tokens(item: MatchText): string[] {
    return tokenise(item.text, { terms: this.terms, entityName: item.entityName, wordPairs: this.wordPairs });
  }

  /** Counts complaints into the corpus statistics without vectorising them. */
  learn(items: readonly MatchText[]): void {
    for (const item of items) this.corpus.addDocument(this.tokens(item));
  }

  /** Synchronous vectorising, for callers that hold the corpus in memory. */
  vectoriseNow(item: MatchText): SparseVector {
    return this.corpus.vectorise(this.tokens(item), this.weighting);
  }

  async fit(items: readonly MatchText[]): Promise<SparseVector[]> {
    const tokens = items.map((item) => this.tokens(item));
    for (const t of tokens) this.corpus.addDocument(t);
    return tokens.map((t) => this.corpus.vectorise(t, this.weighting));
  }

  async vectorise(items: readonly MatchText[]): Promise<SparseVector[]> {
    return items.map((item) => this.vectoriseNow(item));
  }

  similarity(a: SparseVector, b: SparseVector): number {
    return sparseDot(a, b);
  }

  createIndex(): EntityIndex<SparseVector> {
    return new SparseIndex();
  }
}

/** Calls an embeddings service: texts in, one vector per text out, in the same order. */
export type EmbedFunction = (texts: string[]) => Promise<number[][]>;

export interface EmbeddingMatcherOptions {
  embed: EmbedFunction;
  /** Texts per call (OpenAI-compatible servers accept a few hundred; 64 is safe). */
  batchSize?: number;
  name?: string;
  defaultThreshold?: number;
}

/** Takes out what redaction left (XXXX, ***), which only adds noise to an embedding. */
export function cleanForEmbedding(item: MatchText): string {
  return item.text
    .replace(/\b[Xx]{2,}(?:\/[Xx\d]{2,4})*\b|\*{2,}|×{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The matcher over an OpenAI-compatible `/v1/embeddings` endpoint; the HTTP call is the caller's `embed`. */
export class EmbeddingMatcher implements Matcher<Float32Array> {
  readonly name: string;
  readonly defaultThreshold: number;
  private readonly embed: EmbedFunction;
  private readonly batchSize: number;

  constructor(options: EmbeddingMatcherOptions) {
    this.embed = options.embed;
    this.batchSize = Math.max(1, options.batchSize ?? 64);
    this.name = options.name ?? 'embeddings';
    this.defaultThreshold = options.defaultThreshold ?? 0.8;
  }

  async fit(items: readonly MatchText[]): Promise<Float32Array[]> {
    return this.vectorise(items);
  }

  async vectorise(items: readonly MatchText[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let start = 0; start < items.length; start += this.batchSize) {
      const batch = items.slice(start, start + this.batchSize).map((item) => cleanForEmbedding(item) || ' ');
      const vectors = await this.embed(batch);
      if (vectors.length !== batch.length)
        throw new Error(`embeddings: asked for ${batch.length} vectors, got ${vectors.length}`);
      for (const v of vectors) out.push(unitDense(v));
    }
    return out;
  }

  similarity(a: Float32Array, b: Float32Array): number {
    return denseDot(a, b);
  }

  createIndex(): EntityIndex<Float32Array> {
    return new LinearIndex((a, b) => denseDot(a, b));
  }
}

/** The body of an OpenAI-compatible embeddings request (POST {base}/v1/embeddings). */
export function embeddingsRequestBody(
  model: string,
  texts: readonly string[],
): { model: string; input: string[] } {
  return { model, input: [...texts] };
}

/** The vectors of an OpenAI-compatible embeddings response, put back in input order. */
export function parseEmbeddingsResponse(body: unknown): number[][] {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) throw new Error('embeddings: the response has no "data" array');
  return data
    .map((row: unknown, position) => {
      const r = row as { index?: unknown; embedding?: unknown };
      if (!Array.isArray(r.embedding)) throw new Error('embeddings: a row has no "embedding" array');
      return { index: typeof r.index === 'number' ? r.index : position, embedding: r.embedding as number[] };
    })
    .sort((a, b) => a.index - b.index)
    .map((r) => r.embedding);
}
