/** A sparse vector: term ids in ascending order and their weights, usually of unit length. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

/** Builds a sparse vector from term id → weight, sorted by id and scaled to unit length. */
export function unitSparse(weights: ReadonlyMap<number, number>): SparseVector {
  const ids = Int32Array.from(weights.keys()).sort();
  const values = new Float32Array(ids.length);
  let norm = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = weights.get(ids[i] as number) ?? 0;
    values[i] = w;
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) * scale;
  return { ids, weights: values };
}

/** Dot product of two sparse vectors (their cosine when both are of unit length). */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  const aw = a.weights;
  const bw = b.weights;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      sum += (aw[i] as number) * (bw[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Scales a dense vector to unit length (a zero vector stays zero). */
export function unitDense(values: readonly number[]): Float32Array {
  let norm = 0;
  for (const v of values) norm += v * v;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from(values, (v) => v * scale);
}

/** Dot product of two dense vectors of the same length. */
export function denseDot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
