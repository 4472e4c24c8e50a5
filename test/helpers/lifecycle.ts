import type { TestApp } from './app.ts';
import { complain, makeTarget } from './factories.ts';

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

/** Story 1, step 5: five whys down to a process cause, with a corrective and a preventive action. */
export function fiveWhys(overrides: Record<string, unknown> = {}) {
  return {
    recordedBy: 'qa.zhou',
    whys: [
      { why: 'Why were the pages uncut?', because: 'The trimming step skipped a stack of lot 2024-07', evidence: 'Printer log 2024-07-12' },
      { why: 'Why did the trimmer skip a stack?', because: 'The stack was fed twice as thick after a jam', evidence: 'Shift report' },
      { why: 'Why did the printer not catch it?', because: "The printer's final inspection looks at covers, never at the page block", evidence: 'Checklist v3' },
      { why: 'Why did receiving not catch it?', because: "Our receiving check copies the printer's checklist", evidence: 'Receiving SOP WH-12' },
      { why: 'Why do both miss it?', because: 'No step in the process looks for this defect at all', evidence: 'Process map review' },
    ],
    statement: 'No inspection step in the print-to-warehouse process checks the page block for uncut pages',
    category: 'process',
    processLevel: true,
    actions: [
      { kind: 'corrective', description: 'Reprint lot 2024-07 with a page-block check', owner: 'wang.fang', dueAt: inDays(10) },
      { kind: 'preventive', description: 'Add a fan-the-block check to receiving SOP WH-12', owner: 'qa.zhou', dueAt: inDays(30) },
    ],
    ...overrides,
  };
}

export const batchReturn = {
  recordedBy: 'wang.fang',
  inspectedQuantity: 3100,
  defectiveQuantity: 1240,
  returnedQuantity: 3100,
  lots: ['2024-07'],
  scope: 'batch',
  disposition: 'return_batch',
  evidence: 'Opened all 3,100 copies of lot 2024-07: uncut page blocks throughout; whole lot returned to the printer',
};

/** A pulled andon (two customers, same problem), and its work orders by type. */
export async function pulledAndon(t: TestApp, opts: { target?: Record<string, unknown>; pulledBy?: string; issueCode?: string } = {}) {
  const target = await makeTarget(t, opts.target ?? {});
  const issueCode = opts.issueCode ?? 'defective';
  await complain(t, target, 'c1', { issueCode });
  const second = await complain(t, target, 'c2', { issueCode, recordedBy: opts.pulledBy ?? 'xiao.lin' });
  const res = await t.call('POST', '/api/v1/andons', { complaintId: second.complaint.id, pulledBy: opts.pulledBy ?? 'xiao.lin' });
  if (res.status !== 201) throw new Error(`pull: ${res.status} ${JSON.stringify(res.body)}`);
  return { target, andon: res.body, order: (type: string) => res.body.workOrders.find((o: { type: string }) => o.type === type) };
}

async function ok(t: TestApp, method: 'POST' | 'PATCH', url: string, body: unknown) {
  const res = await t.call(method, url, body);
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Drives an andon to awaiting acceptance: inspection, five whys, corrective actions done, rectification. */
export async function toAwaitingAcceptance(t: TestApp, andon: { id: string; workOrders: { type: string; id: string }[] }) {
  const byType = (type: string) => andon.workOrders.find((o) => o.type === type)!;
  await ok(t, 'POST', `/api/v1/work-orders/${byType('supplier_inspection').id}/inspection`, batchReturn);
  const rc = await ok(t, 'POST', `/api/v1/work-orders/${byType('root_cause').id}/root-cause`, fiveWhys());
  for (const action of rc.actions.filter((a: { details: { kind: string } }) => a.details.kind === 'corrective')) {
    await ok(t, 'POST', `/api/v1/work-orders/${action.id}/complete`, { completedBy: action.assignee, evidence: 'Reprinted and checked' });
  }
  const detail = await ok(t, 'POST', `/api/v1/andons/${andon.id}/rectification`, {
    recordedBy: 'wang.fang',
    summary: 'Lot 2024-07 returned; reprint with a page-block check at the printer',
    evidence: 'Printer SOP v4 signed',
    criteria: ['Fan 50 copies of the new stock: no uncut pages', 'Printer SOP includes a page-block check'],
  });
  return { detail, acceptance: detail.workOrders.find((o: { type: string; status: string }) => o.type === 'acceptance' && o.status === 'open') };
}

export const passingAcceptance = {
  verifiedBy: 'verifier.he',
  result: 'pass',
  criteria: [
    { criterion: 'Fan 50 copies of the new stock: no uncut pages', met: true },
    { criterion: 'Printer SOP includes a page-block check', met: true },
  ],
  evidence: 'Fanned 50 copies from the new delivery: all cut; SOP v4 seen',
};
