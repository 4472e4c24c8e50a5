import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Command } from '../../db/writer.ts';
import { pullCord } from '../andons/andons.service.ts';
import { relistAndon, retireAndon, reviewAndon } from '../andons/lifecycle.service.ts';
import { recordComplaint } from '../complaints/complaints.service.ts';
import { completeAction, recordAcceptance, recordInspection, recordRectification, recordRootCause } from '../work-orders/records.service.ts';
import type { InspectionInput, RootCauseInput } from '../work-orders/work-orders.schema.ts';
import { workOrdersOfAndon } from '../work-orders/work-orders.service.ts';
import { type DemoShop, shopAdmissionCause, shopAdmissionWhys } from './demo.data.ts';

/** Runs one command as one actor (the writer's `run`). */
export type Run = <T>(command: Command<T>, actor: string) => Promise<T>;
/** Runs one command as if at a past moment: the demo replays weeks of history through the real services. */
export type RunAt = <T>(at: Date, command: Command<T>, actor: string) => Promise<T>;

export function runAtWith(run: Run): RunAt {
  return (at, command, actor) => run((tx) => command({ ...tx, now: at }), actor);
}

const HOUR = 3_600_000;
export const ago = (hours: number) => new Date(Date.now() - hours * HOUR);
const after = (at: Date, hours: number) => new Date(Math.min(at.getTime() + hours * HOUR, Date.now() - HOUR));

async function orderOf(db: Kysely<Database>, andonId: string, type: string) {
  const order = (await workOrdersOfAndon(db, andonId)).find((o) => o.type === type && (o.status === 'open' || o.status === 'acknowledged'));
  if (!order) throw new Error(`demo: andon ${andonId} has no open ${type} order`);
  return order;
}

/**
 * Drives an andon from pulled to relisted through the real services, each step at its own moment:
 * inspection, five whys, corrective actions done, rectification, independent acceptance, relist.
 */
export async function playToRelist(
  runAt: RunAt,
  db: Kysely<Database>,
  andonId: string,
  plan: {
    start: Date;
    inspection: InspectionInput;
    rootCause: RootCauseInput;
    fixer: string;
    rectification: { summary: string; evidence: string; criteria: string[] };
    verifier: string;
    acceptanceEvidence: string;
    relistedBy: string;
  },
) {
  const at = (h: number) => after(plan.start, h);
  const inspection = await orderOf(db, andonId, 'supplier_inspection');
  await runAt(at(20), (tx) => recordInspection(tx, inspection.id, plan.inspection), plan.inspection.recordedBy);
  const rc = await orderOf(db, andonId, 'root_cause');
  const analysis = await runAt(at(44), (tx) => recordRootCause(tx, rc.id, plan.rootCause), plan.rootCause.recordedBy);
  for (const action of analysis.actions.filter((a) => a.details?.['kind'] === 'corrective')) {
    await runAt(at(90), (tx) => completeAction(tx, action.id, { completedBy: action.assignee ?? plan.fixer, evidence: 'done as agreed' }), action.assignee ?? plan.fixer);
  }
  const rect = await runAt(at(96), (tx) => recordRectification(tx, andonId, { recordedBy: plan.fixer, ...plan.rectification }), plan.fixer);
  const criteria = plan.rectification.criteria.map((criterion) => ({ criterion, met: true }));
  await runAt(at(118), (tx) => recordAcceptance(tx, rect.workOrder.id, { verifiedBy: plan.verifier, result: 'pass', criteria, evidence: plan.acceptanceEvidence }), plan.verifier);
  return runAt(at(120), (tx) => relistAndon(tx, andonId, { relistedBy: plan.relistedBy, note: 'acceptance passed' }), plan.relistedBy);
}

const inDays = (at: Date, d: number) => new Date(at.getTime() + d * 24 * HOUR).toISOString();

/**
 * Story 1, the book: two customers, Xiao Lin pulls; the supplier opens all stock (lot 2024-07
 * batch-wide, 3,100 copies returned); five whys down to a process; her manager reviews the pull as
 * valid (her reward is granted); a verifier who did not make the fix accepts; the book is relisted.
 */
export async function playBook(runAt: RunAt, db: Kysely<Database>, ref: string) {
  const first = ago(240);
  await runAt(first, (tx) => recordComplaint(tx, { externalId: 'demo-ticket-10231', targetRef: ref, customerRef: 'C-10231', issueCode: 'pages_not_cut', text: '书页没有裁开，中间好几页连在一起，没法翻。', orderRef: 'O-88120', lotRef: '2024-07', channel: 'phone', compensation: { kind: 'coupon', amount: { amountMinor: 2000, currency: 'CNY' } }, recordedBy: 'zhang.wei', occurredAt: first.toISOString() }), 'zhang.wei');
  const met = ago(150);
  const second = await runAt(met, (tx) => recordComplaint(tx, { externalId: 'demo-ticket-20987', targetRef: ref, customerRef: 'C-20987', issueCode: 'pages_not_cut', text: '我买的书书页没有裁开，整整一叠连在一起。The pages were never cut.', orderRef: 'O-90344', lotRef: '2024-07', channel: 'chat', compensation: { kind: 'replacement', amount: null }, recordedBy: 'xiao.lin', occurredAt: met.toISOString() }), 'xiao.lin');
  const pulledAt = after(met, 0.25);
  const pulled = await runAt(pulledAt, (tx) => pullCord(tx, { complaintId: second.complaint.id, pulledBy: 'xiao.lin' }), 'xiao.lin');
  const late = after(met, 3);
  await runAt(late, (tx) => recordComplaint(tx, { externalId: 'demo-ticket-31145', targetRef: ref, customerRef: 'C-31145', issueCode: 'pages_not_cut', text: 'Same here: about forty pages stuck together at the top edge.', orderRef: 'O-90512', lotRef: '2024-07', channel: 'email', recordedBy: 'xiao.lin', occurredAt: late.toISOString() }), 'xiao.lin');
  await runAt(after(pulledAt, 26), (tx) => reviewAndon(tx, pulled.andon.id, { reviewedBy: 'manager.zhao', verdict: 'valid', note: '按规则按灯：同一本书、同样问题、两位不同客户。' }), 'manager.zhao');
  return playToRelist(runAt, db, pulled.andon.id, {
    start: pulledAt,
    inspection: {
      recordedBy: 'wang.fang',
      inspectedQuantity: 3100,
      defectiveQuantity: 1240,
      returnedQuantity: 3100,
      lots: ['2024-07'],
      scope: 'batch',
      disposition: 'return_batch',
      evidence: '开仓检查 2024-07 批次全部 3,100 册：整批书页未裁开，整批退回印刷厂。Opened all 3,100 copies of lot 2024-07: batch-wide, whole lot returned.',
    },
    rootCause: {
      recordedBy: 'qa.zhou',
      whys: [
        { why: '为什么书页没有裁开？ Why were the pages uncut?', because: '裁切工序漏切了一叠 / The trimming step skipped a stack', evidence: '印刷厂生产记录 2024-07-12' },
        { why: '为什么会漏切？ Why was a stack skipped?', because: '卡纸后一叠以双倍厚度送进了裁切机 / After a jam a stack went in at double thickness', evidence: '机台交接班记录' },
        { why: '为什么印刷厂没发现？ Why did the printer not catch it?', because: '印厂终检只看封面，从不检查书芯 / Final inspection looks at covers, never at the page block', evidence: '终检清单 v3' },
        { why: '为什么我们收货没发现？ Why did our receiving not catch it?', because: '我们的收货检查照搬印厂清单 / Our receiving check copies the printer’s', evidence: '收货规程 WH-12' },
        { why: '为什么两道检查都漏掉？ Why do both checks miss it?', because: '整个流程没有任何一步检查这种缺陷 / No step in the process looks for this defect', evidence: '流程图评审' },
      ],
      statement: 'No inspection step in the print-to-warehouse process checks the page block for uncut pages / 从印刷到入库的流程中没有任何检验步骤检查书芯裁切',
      category: 'process',
      processLevel: true,
      actions: [
        { kind: 'corrective', description: '重印 2024-07 批次，印厂终检增加书芯翻检 / Reprint lot 2024-07 with a page-block check at final inspection', owner: 'wang.fang', dueAt: inDays(pulledAt, 4) },
        { kind: 'preventive', description: '收货规程 WH-12 增加抽检翻书 / Add a fan-the-block sample check to receiving SOP WH-12', owner: 'qa.zhou', dueAt: inDays(new Date(), 20) },
      ],
    },
    fixer: 'wang.fang',
    rectification: {
      summary: '2024-07 批次整批退货；重印批次在印厂终检中逐叠翻检书芯。Lot returned; reprint checked block by block.',
      evidence: '印厂终检清单 v4（已签字）/ Printer checklist v4, signed',
      criteria: ['新到库存抽检 50 册，无未裁开书页 / 50 copies of the new stock: no uncut pages', '印厂终检清单包含书芯检查 / The printer checklist covers the page block'],
    },
    verifier: 'verifier.he',
    acceptanceEvidence: '抽检新到的 50 册全部裁切正常；终检清单 v4 已核对。50 copies fanned, all cut; checklist v4 seen.',
    relistedBy: 'manager.zhao',
  });
}

/**
 * Story 2, the repair shops under the automatic rule: many pulled; two rectify, pass acceptance and
 * come back; the rest could not within the two-month trial and are retired (the relist rate ≈ 18%).
 */
export async function playShop(runAt: RunAt, db: Kysely<Database>, shop: DemoShop, andonId: string, pulledAt: Date) {
  const code = shop.ref.toLowerCase();
  await runAt(after(pulledAt, 24), (tx) => reviewAndon(tx, andonId, { reviewedBy: 'manager.qian', verdict: 'valid' }), 'manager.qian');
  if (shop.outcome === 'relisted') {
    return playToRelist(runAt, db, andonId, {
      start: pulledAt,
      inspection: {
        recordedBy: 'auditor.ma',
        inspectedQuantity: 40,
        defectiveQuantity: 9,
        returnedQuantity: 0,
        lots: [],
        scope: 'units',
        disposition: 'rework_repack',
        evidence: 'Site audit: 40 recent invoices checked, 9 overcharged; those customers refunded. 现场检查 40 张近期工单，9 张多收费，已退款。',
      },
      rootCause: {
        recordedBy: 'auditor.ma',
        whys: shopAdmissionWhys,
        statement: `${shopAdmissionCause} (${shop.ref})`,
        category: 'process',
        processLevel: true,
        actions: [
          { kind: 'corrective', description: 'Publish a price list at the counter and get the customer’s sign-off before any work / 明码标价，施工前客户签字确认', owner: `owner.${code}`, dueAt: inDays(pulledAt, 8) },
          { kind: 'preventive', description: 'Add price transparency and after-sales conduct to the admission checklist / 准入标准增加价格透明和售后表现', owner: 'manager.gao', dueAt: inDays(new Date(), 30) },
        ],
      },
      fixer: `owner.${code}`,
      rectification: {
        summary: 'Price list on the wall and in the app; written quote signed before work starts.',
        evidence: 'Photos of the price board; 10 signed quotes',
        criteria: ['Mystery shopper gets a written quote before any work', 'The bill matches the quote'],
      },
      verifier: 'mystery.shopper',
      acceptanceEvidence: 'Two mystery-shopper visits: written quotes, bills matched.',
      relistedBy: 'manager.gao',
    });
  }
  // Some retired shops got as far as a five-whys: the same admission cause keeps coming back (a recurrence).
  if (shop.complaints[0]![1] !== 'poor_service') {
    const rc = await orderOf(db, andonId, 'root_cause');
    await runAt(after(pulledAt, 72), (tx) =>
      recordRootCause(tx, rc.id, {
        recordedBy: 'auditor.ma',
        whys: shopAdmissionWhys,
        statement: `${shopAdmissionCause} (${shop.ref})`,
        category: 'process',
        processLevel: true,
        actions: [
          { kind: 'corrective', description: 'Rectify within the trial or leave the platform / 试点期内整改，否则退出平台', owner: `owner.${code}`, dueAt: inDays(tx.now, 10) },
          { kind: 'preventive', description: 'Rewrite the shop admission standard / 重写维修店准入标准', owner: 'manager.gao', dueAt: inDays(new Date(), 30) },
        ],
      }), 'auditor.ma');
  }
  return runAt(after(pulledAt, 24 * 14), (tx) => retireAndon(tx, andonId, { retiredBy: 'manager.gao', reason: 'Could not rectify within the two-month trial / 两个月试点期内未能整改' }), 'manager.gao');
}
