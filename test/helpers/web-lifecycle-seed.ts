import { apiCall } from './browser.ts';
import type { Server } from './process.ts';
import { seedStory, STORY_BOOK } from './web-story.ts';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

type Call = <T = any>(method: string, url: string, body?: unknown) => Promise<T>;
interface Pulled {
  id: string;
  order: (type: string) => { id: string; assignee: string | null };
}

async function pull(
  call: Call,
  ref: string,
  name: string,
  issueCode: string,
  by: string,
  kind = 'product',
): Promise<Pulled> {
  await call('POST', '/targets', {
    ref,
    kind,
    name,
    monthlyGmv: { amountMinor: 40_000_000, currency: 'CNY' },
  });
  let last = '';
  for (const [i, customer] of ['U-1', 'U-2'].entries()) {
    last = (
      await call('POST', '/complaints', {
        targetRef: ref,
        customerRef: `${ref}-${customer}`,
        issueCode,
        text: i ? 'Charged twice for one repair. 同一次维修收了两次钱。' : '价格不透明，结账时多了一项。',
        occurredAt: hoursAgo(30 - i * 20),
        recordedBy: by,
      })
    ).complaint.id;
  }
  const andon = await call('POST', '/andons', { complaintId: last, pulledBy: by });
  return { id: andon.id, order: (type) => andon.workOrders.find((o: { type: string }) => o.type === type) };
}

const inspection = (by: string) => ({
  recordedBy: by,
  inspectedQuantity: 3100,
  defectiveQuantity: 1240,
  returnedQuantity: 3100,
  lots: ['2024-07'],
  scope: 'batch',
  disposition: 'return_batch',
  evidence: 'Opened all 3,100 copies of lot 2024-07; whole lot returned',
});

const whys = (by: string) => ({
  recordedBy: by,
  whys: [
    ['Why were the pages uncut?', 'The trimming step skipped a stack', 'Printer log'],
    ['Why did the trimmer skip it?', 'The stack was fed twice as thick after a jam', 'Shift report'],
    ['Why did the printer not catch it?', 'Its final inspection looks at covers only', 'Checklist v3'],
    ['Why did receiving not catch it?', "Receiving copies the printer's checklist", 'SOP WH-12'],
    ['Why do both miss it?', 'No step in the process checks the page block', 'Process map'],
  ].map(([why, because, evidence]) => ({ why, because, evidence })),
  statement: 'No inspection step in the print-to-warehouse process checks the page block',
  category: 'process',
  processLevel: true,
  actions: [
    {
      kind: 'corrective',
      description: 'Reprint lot 2024-07 with a page-block check',
      owner: 'wang.fang',
      dueAt: inDays(10),
    },
    {
      kind: 'preventive',
      description: 'Add a page-block check to SOP WH-12',
      owner: 'qa.zhou',
      dueAt: inDays(30),
    },
  ],
});

/**
 * A lifecycle in every state for the page tests, made through the API: the book root-caused (its
 * actions open), a repair shop relisted (green), a kettle still red with an escalated root cause,
 * a manual pull found invalid, and the people and teams of the book story.
 */
export async function seedLifecycle(server: Server): Promise<{ bookAndonId: string; shopAndonId: string }> {
  const call: Call = (method, url, body) => apiCall(server, method, url, body);
  await seedStory(server);
  await call(
    'PUT',
    `/teams/${(await call('GET', '/teams')).items.find((t: { key: string }) => t.key === 'frontline-cs').id}/members/chen.jing`,
  );

  // The book: pulled, inspected, five whys recorded; its corrective and preventive actions open.
  await call('POST', '/complaints', {
    targetRef: STORY_BOOK.ref,
    customerRef: 'C-10231',
    issueCode: 'pages_not_cut',
    text: '书页没有裁开。',
    lotRef: '2024-07',
    occurredAt: hoursAgo(50),
    recordedBy: 'zhang.wei',
  });
  const second = await call('POST', '/complaints', {
    targetRef: STORY_BOOK.ref,
    customerRef: 'C-20987',
    issueCode: 'pages_not_cut',
    text: 'The pages were never cut.',
    lotRef: '2024-07',
    occurredAt: hoursAgo(26),
    recordedBy: 'xiao.lin',
  });
  const book = await call('POST', '/andons', { complaintId: second.complaint.id, pulledBy: 'xiao.lin' });
  const bookOrder = (type: string) => book.workOrders.find((o: { type: string }) => o.type === type);
  await call('POST', `/work-orders/${bookOrder('supplier_inspection').id}/acknowledge`, { by: 'wang.fang' });
  await call(
    'POST',
    `/work-orders/${bookOrder('supplier_inspection').id}/inspection`,
    inspection('wang.fang'),
  );
  await call('POST', `/work-orders/${bookOrder('root_cause').id}/root-cause`, whys('qa.zhou'));
  await call('POST', `/work-orders/${bookOrder('supplier_inspection').id}/comments`, {
    authorRef: 'wang.fang',
    body: 'Printer confirmed; returning the lot today.',
  });

  // A repair shop: the whole way round to relisted, reviewed valid.
  const shop = await pull(
    call,
    'SHOP-GZ-005',
    'Kuaixiubao (Tianhe) / 快修宝（天河店）',
    'overcharging',
    'chen.jing',
    'partner',
  );
  await call('POST', `/work-orders/${shop.order('supplier_inspection').id}/inspection`, {
    ...inspection('auditor.ma'),
    lots: [],
    scope: 'units',
    disposition: 'rework_repack',
    returnedQuantity: 0,
  });
  const rc = await call('POST', `/work-orders/${shop.order('root_cause').id}/root-cause`, {
    ...whys('auditor.ma'),
    category: 'supplier',
  });
  const corrective = rc.actions.find((a: { details: { kind: string } }) => a.details.kind === 'corrective');
  await call('POST', `/work-orders/${corrective.id}/complete`, {
    completedBy: 'wang.fang',
    evidence: 'Price list on the wall',
  });
  const rectified = await call('POST', `/andons/${shop.id}/rectification`, {
    recordedBy: 'owner.gz',
    summary: 'Written quotes before any work',
    evidence: 'Quote pad',
    criteria: ['A mystery shopper gets a written quote'],
  });
  const acceptance = rectified.workOrders.find(
    (o: { type: string; status: string }) => o.type === 'acceptance' && o.status === 'open',
  );
  await call('POST', `/work-orders/${acceptance.id}/acceptance`, {
    verifiedBy: 'mystery.shopper',
    result: 'pass',
    criteria: [{ criterion: 'A mystery shopper gets a written quote', met: true }],
    evidence: 'Visited twice',
  });
  await call('POST', `/andons/${shop.id}/review`, { reviewedBy: 'manager.zhao', verdict: 'valid' });
  await call('POST', `/andons/${shop.id}/relist`, { relistedBy: 'manager.zhao' });

  // A kettle: still red; its root cause overdue and escalated to qa.zhou.
  const kettle = await pull(
    call,
    'KETTLE-1701',
    'Electric kettle 1.7 L / 电热水壶 1.7 升',
    'defective',
    'xiao.lin',
  );
  await call('PATCH', `/work-orders/${kettle.order('root_cause').id}`, {
    assignee: 'qa.zhou',
    dueAt: hoursAgo(1),
  });
  await call('POST', '/escalation/run');

  // A manual stop the manager found invalid: it counts against the manager, not the agent.
  const mug = await pull(
    call,
    'MUG-330',
    'Ceramic mug 330 ml / 陶瓷马克杯',
    'damaged_in_transit',
    'xiao.lin',
  );
  await call('POST', `/andons/${mug.id}/review`, {
    reviewedBy: 'manager.zhao',
    verdict: 'invalid',
    reasonCode: 'duplicate',
  });
  return { bookAndonId: book.id, shopAndonId: shop.id };
}
