/**
 * Matching throughput on a corpus of 100,000 complaints synthesised (deterministically) from the
 * real CFPB narratives in shared/data, with one complaint in five written in Chinese: each complaint
 * is ranked against its target's earlier complaints, as intake does. Returns figures; prints nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { LexicalMatcher } from '#domain/matching/matcher.ts';
import { seededRandom } from '#domain/matching/random.ts';
import type { SparseVector } from '#domain/matching/vectors.ts';
import { SparseIndex } from '#domain/matching/sparse-index.ts';

const CORPUS = 100_000;
const TARGETS = 5_000;
const narratives = path.resolve(
  import.meta.dirname,
  '../../shared/data/cfpb-complaints-sample/narratives.csv',
);

// Chinese sentences to mix in, so the figure covers both scripts (the CFPB set is English only).
const chinese = [
  '书页未裁开，没法阅读',
  '收到的书缺页，第35页到第48页是空白的',
  '快递太慢了，下单一周才到',
  '外包装破损，书角压坏了',
  '客服态度很差，一直不回复',
  '申请退款三天了还没到账',
  '发错货了，我买的是精装版',
  '封面有污渍，像是二手的',
  '印刷模糊，很多字看不清',
  '同一个问题已经投诉多次了',
  '商家重复扣款，扣了两次钱',
  '信用卡被盗刷了两笔',
  '催收公司天天打电话骚扰',
  '征信报告上有一笔不是我的贷款',
  '电池发热严重，充电时发烫',
];

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 3);
}

/** The synthetic corpus: texts, their targets (Zipf-like sizes) in arrival order. */
export function synthesiseCorpus(
  size = CORPUS,
  targets = TARGETS,
  seed = 42,
): { text: string; target: number }[] {
  const rows = fs.existsSync(narratives)
    ? (parse(fs.readFileSync(narratives), { columns: true }) as Record<string, string>[]).map((r) =>
        sentences(r['text'] ?? ''),
      )
    : [chinese.map((s) => s.replace(/[，。]/g, ' '))];
  const random = seededRandom(seed);
  const weights = Array.from({ length: targets }, (_, r) => 1 / (r + 1) ** 0.6);
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  const pickTarget = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const corpus: { text: string; target: number }[] = [];
  for (let i = 0; i < size; i++) {
    let text: string;
    if (random() < 0.2) {
      const n = 1 + Math.floor(random() * 3);
      text = Array.from({ length: n }, () => chinese[Math.floor(random() * chinese.length)] as string).join(
        '。',
      );
    } else {
      const source = rows[Math.floor(random() * rows.length)] as string[];
      const start = Math.floor(random() * Math.max(1, source.length - 1));
      const take = 1 + Math.floor(random() * 4);
      text = source
        .slice(start, start + take)
        .join(' ')
        .replace(/\d+/g, () => String(Math.floor(random() * 1000)));
    }
    corpus.push({ text: text || 'no text', target: pickTarget() });
  }
  return corpus;
}

/** Complaints ranked per second against their target's earlier complaints (top 5 kept), over 100k. */
export async function benchMatching(): Promise<Record<string, number>> {
  const corpus = synthesiseCorpus();
  const matcher = new LexicalMatcher();
  const t0 = performance.now();
  const tokens = corpus.map((c) => matcher.tokens({ text: c.text }));
  for (const t of tokens) matcher.corpus.addDocument(t);
  const vectors: SparseVector[] = tokens.map((t) =>
    matcher.corpus.vectorise(t, { scheme: 'bm25', conceptBoost: 2 }),
  );
  const t1 = performance.now();
  const indexes = new Map<number, SparseIndex>();
  let compared = 0;
  let checksum = 0;
  const top = new Float64Array(5);
  for (let i = 0; i < corpus.length; i++) {
    const target = (corpus[i] as { target: number }).target;
    let index = indexes.get(target);
    if (!index) indexes.set(target, (index = new SparseIndex()));
    const scores = index.scoreAll(vectors[i] as SparseVector);
    top.fill(-1);
    for (let k = 0; k < scores.length; k++) {
      const s = scores[k] as number;
      if (s > (top[4] as number)) {
        let p = 4;
        while (p > 0 && s > (top[p - 1] as number)) {
          top[p] = top[p - 1] as number;
          p--;
        }
        top[p] = s;
      }
    }
    compared += scores.length;
    checksum += Math.max(0, top[0] as number);
    index.add(vectors[i] as SparseVector);
  }
  const t2 = performance.now();
  const seconds = (ms: number) => ms / 1000;
  return {
    matching_corpus: corpus.length,
    matching_targets: indexes.size,
    matching_complaints_per_s: Math.round(corpus.length / seconds(t2 - t0)),
    matching_rank_per_s: Math.round(corpus.length / seconds(t2 - t1)),
    matching_vectorise_per_s: Math.round(corpus.length / seconds(t1 - t0)),
    matching_mean_candidates: Math.round(compared / corpus.length),
    matching_mean_top_similarity: Number((checksum / corpus.length).toFixed(4)),
  };
}
