import type { SparseVector } from './vectors.ts';

/**
 * An inverted index over one entity's complaints, in arrival order: scores a new complaint against
 * every earlier one by walking only the postings of its own terms.
 */
export class SparseIndex {
  private readonly postings = new Map<number, { docs: number[]; weights: number[] }>();
  private scores = new Float64Array(16);
  size = 0;

  /** Adds a complaint; its position is the number of complaints added before it. */
  add(vector: SparseVector): number {
    const doc = this.size++;
    for (let t = 0; t < vector.ids.length; t++) {
      const id = vector.ids[t] as number;
      let list = this.postings.get(id);
      if (!list) {
        list = { docs: [], weights: [] };
        this.postings.set(id, list);
      }
      list.docs.push(doc);
      list.weights.push(vector.weights[t] as number);
    }
    return doc;
  }

  /** Similarity (dot product) of `query` with each indexed complaint, by position; a view valid until the next call. */
  scoreAll(query: SparseVector): Float64Array {
    if (this.scores.length < this.size)
      this.scores = new Float64Array(Math.max(this.size, this.scores.length * 2));
    const scores = this.scores.subarray(0, this.size);
    scores.fill(0);
    for (let t = 0; t < query.ids.length; t++) {
      const list = this.postings.get(query.ids[t] as number);
      if (!list) continue;
      const q = query.weights[t] as number;
      const { docs, weights } = list;
      for (let k = 0; k < docs.length; k++) {
        const d = docs[k] as number;
        scores[d] = (scores[d] as number) + q * (weights[k] as number);
      }
    }
    return scores;
  }
}
