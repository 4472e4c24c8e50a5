import type { Kysely } from 'kysely';
import { AndonError } from '#domain/errors.ts';
import { type Calibration, calibrateThreshold } from '#domain/matching/calibrate.ts';
import {
  EmbeddingMatcher,
  embeddingsRequestBody,
  LexicalMatcher,
  type Matcher,
  type MatchText,
  parseEmbeddingsResponse,
} from '#domain/matching/matcher.ts';
import { type RankedMatch, rankEarlier } from '#domain/matching/rank.ts';
import { learnSynonyms, synonymAliases, type LearnedSynonym } from '#domain/matching/synonyms.ts';
import { buildTermTable, type TermEntry } from '#domain/matching/term-table.ts';
import { builtInTerms } from '#domain/matching/term-table-data.ts';
import type { Database } from '../../db/schema.ts';
import { confirmedPairTexts, recentComplaintTexts, userTerms } from './matching.repository.ts';

/** Where an OpenAI-compatible embeddings endpoint is, when a deployment configures one. */
export interface EmbeddingsConfig {
  url: string;
  model: string;
  apiKey?: string | undefined;
}

export interface MatchingEngineOptions {
  embeddings?: EmbeddingsConfig | undefined;
  /** Complaints learned from at start (the newest). */
  warmLimit?: number;
  /** Vectors kept in memory. */
  cacheSize?: number;
}

/** A complaint to compare: its id (for the vector cache), its words, and what it is about. */
export interface Comparable extends MatchText {
  id: string;
  customerRef: string;
}

/** The HTTP side of the embeddings matcher: POST {url}/v1/embeddings, vectors back in input order. */
export function embeddingsClient(config: EmbeddingsConfig) {
  const endpoint = `${config.url.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/embeddings`;
  return async (texts: string[]): Promise<number[][]> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify(embeddingsRequestBody(config.model, texts)),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(`embeddings endpoint answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    return parseEmbeddingsResponse(await response.json());
  };
}

/**
 * The deployment's "same problem?" matcher, one per process: learns term weights from the complaint
 * corpus (at start, then as complaints arrive), applies the built-in and user term tables plus the
 * synonyms learned from agents' confirmations, calibrates its threshold on the corpus, and caches
 * complaint vectors. Lexical by default; embeddings when an endpoint is configured.
 */
export class MatchingEngine {
  #matcher: Matcher<unknown>;
  #lexical: LexicalMatcher | null = null;
  #vectors = new Map<string, unknown>();
  #calibration: Calibration | null = null;
  #learnedUpTo = '';
  #learned: LearnedSynonym[] = [];
  #refreshing: Promise<void> | null = null;
  readonly #options: Required<Pick<MatchingEngineOptions, 'warmLimit' | 'cacheSize'>> & MatchingEngineOptions;

  constructor(options: MatchingEngineOptions = {}) {
    this.#options = { warmLimit: 50_000, cacheSize: 100_000, ...options };
    this.#matcher = this.#newMatcher([], new Map());
  }

  get name(): string {
    return this.#matcher.name;
  }

  get calibration(): Calibration | null {
    return this.#calibration;
  }

  get learnedSynonyms(): readonly LearnedSynonym[] {
    return this.#learned;
  }

  /** The threshold in force: calibrated on the corpus when it could be, else the matcher's default. */
  get threshold(): number {
    return this.#calibration?.threshold ?? this.#matcher.defaultThreshold;
  }

  #newMatcher(extra: readonly TermEntry[], aliases: ReadonlyMap<string, string>): Matcher<unknown> {
    if (this.#options.embeddings) {
      this.#lexical = null;
      return new EmbeddingMatcher({ embed: embeddingsClient(this.#options.embeddings) }) as Matcher<unknown>;
    }
    this.#lexical = new LexicalMatcher({ terms: buildTermTable([...builtInTerms, ...extra], aliases) });
    return this.#lexical as Matcher<unknown>;
  }

  /**
   * (Re)builds from the database: the user's terms, synonyms learned from confirmed pairs, corpus
   * weights from the newest complaints, and a threshold calibrated on them.
   */
  async rebuild(db: Kysely<Database>): Promise<void> {
    const [terms, pairs] = await Promise.all([userTerms(db), confirmedPairTexts(db)]);
    const probe = new LexicalMatcher({ terms: buildTermTable([...builtInTerms, ...terms]) });
    this.#learned = learnSynonyms(pairs.map(([a, b]) => ({ a: probe.tokens({ text: a }), b: probe.tokens({ text: b }) })));
    const matcher = this.#newMatcher(terms, synonymAliases(this.#learned));
    const recent = await recentComplaintTexts(db, this.#options.warmLimit);
    const items = recent.map((r) => ({ text: r.text, entityName: r.targetName }));
    const vectors = this.#lexical ? await matcher.fit(items) : [];
    this.#matcher = matcher;
    this.#vectors = new Map();
    this.#learnedUpTo = recent.reduce((max, r) => (r.id > max ? r.id : max), '');
    this.#calibration =
      vectors.length > 0
        ? calibrateThreshold(
            recent.map((r, i) => ({ entity: r.targetId, vector: vectors[i] })),
            (a, b) => matcher.similarity(a, b),
            { defaultThreshold: matcher.defaultThreshold },
          )
        : null;
  }

  /** Learns the weights of complaints recorded since the last look (by any instance). */
  async catchUp(db: Kysely<Database>): Promise<void> {
    if (!this.#lexical) return;
    this.#refreshing ??= (async () => {
      const fresh = await recentComplaintTexts(db, 10_000, this.#learnedUpTo);
      this.#lexical?.learn(fresh.map((r) => ({ text: r.text, entityName: r.targetName })));
      for (const r of fresh) if (r.id > this.#learnedUpTo) this.#learnedUpTo = r.id;
    })().finally(() => (this.#refreshing = null));
    await this.#refreshing;
  }

  // An empty id (a text not yet recorded, for a preview) is vectorised but never cached.
  async #vectorsOf(items: readonly Comparable[]): Promise<unknown[]> {
    try {
      return await this.#vectorsOrThrow(items);
    } catch (error) {
      // An embeddings endpoint that fails is the deployment's outage, not a bug: say so as a 503.
      throw new AndonError('matching_unavailable', { reason: (error as Error).message });
    }
  }

  async #vectorsOrThrow(items: readonly Comparable[]): Promise<unknown[]> {
    const fresh = items.filter((i) => i.id === '');
    const freshVectors = fresh.length ? await this.#matcher.vectorise(fresh) : [];
    const missing = items.filter((i) => i.id !== '' && !this.#vectors.has(i.id));
    if (missing.length > 0) {
      const vectors = await this.#matcher.vectorise(missing);
      missing.forEach((item, k) => this.#vectors.set(item.id, vectors[k]));
      // A simple bound: drop the oldest entries (Map keeps insertion order).
      const excess = this.#vectors.size - this.#options.cacheSize;
      if (excess > 0) for (const key of [...this.#vectors.keys()].slice(0, excess)) this.#vectors.delete(key);
    }
    let f = 0;
    return items.map((i) => (i.id === '' ? freshVectors[f++] : this.#vectors.get(i.id)));
  }

  /** A target's earlier complaints ranked by how alike they are to this one, most alike first. */
  async rank(query: Comparable, earlier: readonly (Comparable & { issueCode?: string | null })[], limit = 20): Promise<RankedMatch[]> {
    const [queryVector, ...vectors] = await this.#vectorsOf([query, ...earlier]);
    return rankEarlier(
      queryVector,
      earlier.map((e, i) => ({ id: e.id, customerRef: e.customerRef, vector: vectors[i], issueCode: e.issueCode ?? null })),
      (a, b) => this.#matcher.similarity(a, b),
      { limit },
    );
  }
}
