import autocannon, { type Options, type Result } from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/** Runs autocannon (this process is the load generator; the server is another process). */
export async function load(options: Options): Promise<LoadResult> {
  const result: Result = await new Promise((resolve, reject) => {
    autocannon({ connections: 64, pipelining: 1, ...options }, (err, res) => (err ? reject(err) : resolve(res)));
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
