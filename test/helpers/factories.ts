import type { TestApp } from './app.ts';

let n = 0;
export const unique = (prefix: string) => `${prefix}-${process.pid}-${++n}`;

/** A target registered through the API. */
export async function makeTarget(t: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await t.call('POST', '/api/v1/targets', {
    ref: unique('SKU'),
    kind: 'product',
    name: 'Test product',
    monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' },
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`makeTarget: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; ref: string; kind: string; status: string };
}

/** A complaint recorded through the API (expects success). */
export async function complain(t: TestApp, target: { ref: string }, customerRef: string, overrides: Record<string, unknown> = {}) {
  const res = await t.call('POST', '/api/v1/complaints', {
    targetRef: target.ref,
    customerRef,
    issueCode: 'defective',
    text: 'It broke on the first day',
    recordedBy: 'agent-1',
    ...overrides,
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`complain: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
