import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { pullCord } from '../andons/andons.service.ts';
import { reviewAndon } from '../andons/lifecycle.service.ts';
import { recordComplaint } from '../complaints/complaints.service.ts';
import { createIssueCode, getIssueCode } from '../issue-codes/issue-codes.service.ts';
import { createOrganisation } from '../organisations/organisations.service.ts';
import { createRule } from '../rules/rules.service.ts';
import { createTarget, getTarget } from '../targets/targets.service.ts';
import { findTeamByKey } from '../teams/teams.repository.ts';
import { addMember, createTeam, updateTeam } from '../teams/teams.service.ts';
import { repairShops } from './demo.data.ts';
import { addDemoPeople } from './demo.people.ts';
import { ago, playBook, playShop, type Run, runAtWith } from './demo.stories.ts';

export type { Run } from './demo.stories.ts';

export const DEMO_BOOK_REF = 'BOOK-9787020002207';

/**
 * Loads the demo data set, retelling the seed's stories through the same services the API uses,
 * each step at its own moment of the past weeks: the best-selling book with uncut pages (pulled →
 * batch inspected and returned → five whys → review → acceptance → relisted), the used-car
 * platform's repair shops (many pulled, two relisted, the rest retired: the relist rate ≈ 18%), an
 * invalid pull that counts against its manager, a missed andon, and a lamp still lit (escalating).
 * Returns null when the demo is already there.
 */
export async function loadDemo(run: Run, db: Kysely<Database>) {
  if (await getTarget(db, { ref: DEMO_BOOK_REF })) return null;
  const runAt = runAtWith(run);
  const counts = { targets: 0, complaints: 0, andons: 0, relisted: 0, retired: 0 };
  const admin = 'demo';

  // Teams with their escalation ladders, and the agents in them (refs: the demo people below sign in as them).
  const frontline = await run((tx) => createTeam(tx, { key: 'frontline-cs', name: 'Customer service team 1 / 客服一组', leadRef: 'lead.liu', managerRef: 'manager.zhao', directorRef: 'director.sun' }), admin);
  const aftersales = await run((tx) => createTeam(tx, { key: 'frontline-aftersales', name: 'After-sales hotline / 售后热线组', leadRef: 'lead.he', managerRef: 'manager.qian', directorRef: 'director.sun' }), admin);
  const booksSupply = await run((tx) => createTeam(tx, { key: 'books-supplier-management', name: 'Books supplier management / 图书供应商管理', leadRef: 'zheng.hui', managerRef: 'manager.lu', directorRef: 'director.sun' }), admin);
  const partnerMgmt = await run((tx) => createTeam(tx, { key: 'aftersales-partners', name: 'After-sales partner management / 售后合作商管理', leadRef: 'auditor.ma', managerRef: 'manager.gao', directorRef: 'director.sun' }), admin);
  const quality = await findTeamByKey(db, 'quality');
  if (quality) await run((tx) => updateTeam(tx, quality.id, { leadRef: 'qa.zhou', managerRef: 'manager.lu', directorRef: 'director.sun' }), admin);
  for (const [team, members] of [[frontline.id, ['xiao.lin', 'zhang.wei', 'li.na']], [aftersales.id, ['chen.jing']]] as const) {
    for (const member of members) await run((tx) => addMember(tx, team, member), admin);
  }

  const press = await run((tx) => createOrganisation(tx, { name: 'Everbright Press / 光明出版社', kind: 'supplier', contactName: 'Wang Fang', contactEmail: 'accounts@everbright-press.example', contactPhone: '+86 10 5555 0100', notes: 'Printed by Huaxin Printing / 华新印刷厂' }), admin);
  // The people of the stories can sign in (README: "Demo users"); the press's account manager sees only its work.
  await addDemoPeople(run, db, press.id);
  for (const [code, zh, en] of [
    ['pages_not_cut', '书页未裁开', 'Pages not cut'],
    ['price_confusion', '价格不透明', 'Confusing prices'],
    ['overselling', '过度推销', 'Over-selling'],
    ['faulty_parts', '配件有问题', 'Faulty parts'],
  ] as const) {
    if (!(await getIssueCode(db, code))) {
      await run((tx) => createIssueCode(tx, { code, nameZh: zh, nameEn: en, counts: true, safetyCritical: false, active: true }), admin);
    }
  }
  // The used-car platform's trial: a repair shop with repeated complaints disappears from the app at once.
  await run((tx) => createRule(tx, { name: 'Repair shops: 2 customers in 2 months, pulled automatically', targetKind: 'partner', issueCode: null, threshold: 2, windowDays: 60, mode: 'auto', reward: { amountMinor: 3000, currency: 'CNY' }, inspectionDueHours: 48, rootCauseDueHours: 168, active: true }), admin);

  const created = ago(24 * 90);
  const target = (input: Parameters<typeof createTarget>[1]) => runAt(created, (tx) => createTarget(tx, input), admin);
  const book = await target({
    ref: DEMO_BOOK_REF,
    kind: 'product',
    name: '《石头记》精装典藏版 / The Story of the Stone, hardcover collector’s edition',
    organisationId: press.id,
    supplierTeamId: booksSupply.id,
    monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' },
    attributes: { category: 'books', publisher: 'Everbright Press', printer: 'Huaxin Printing' },
  });
  for (const [ref, name, gmv] of [
    ['KETTLE-1701', '电热水壶 1.7L / Electric kettle 1.7 L', 18_000_000],
    ['CASE-PX9', '手机壳 PX9 / Phone case PX9', 2_400_000],
    ['BOOK-9787544270878', '《解忧杂货店》/ The Miracles of the Namiya General Store', 30_000_000],
  ] as const) {
    await target({ ref, kind: 'product', name, monthlyGmv: { amountMinor: gmv, currency: 'CNY' } });
  }
  await target({ ref: 'PROC-RETURN-PICKUP', kind: 'process', name: '退货上门取件流程 / Return pick-up process' });
  await target({ ref: 'STEP-REFUND-APPROVAL', kind: 'support_step', name: '退款审批环节 / Refund approval step' });
  counts.targets += 6;

  // Story 1: the book, through the whole lifecycle.
  await playBook(runAt, db, DEMO_BOOK_REF);
  counts.complaints += 3;
  counts.andons++;
  counts.relisted++;

  // Story 2: the repair shops, partners under the automatic rule.
  for (const shop of repairShops) {
    const org = await runAt(created, (tx) => createOrganisation(tx, { name: `${shop.en} / ${shop.zh}`, kind: 'partner' }), admin);
    await target({ ref: shop.ref, kind: 'partner', name: `${shop.zh} / ${shop.en}`, organisationId: org.id, supplierTeamId: partnerMgmt.id, monthlyGmv: { amountMinor: 40_000_000, currency: 'CNY' }, attributes: { city: shop.ref.split('-')[1] } });
    counts.targets++;
    let pulled: { andonId: string; at: Date } | null = null;
    for (const [i, [customer, issue, text, days]] of shop.complaints.entries()) {
      const at = ago(days * 24);
      const result = await runAt(at, (tx) => recordComplaint(tx, { externalId: `demo-${shop.ref}-${i}`, targetRef: shop.ref, customerRef: customer, issueCode: issue, text, channel: 'web_form', recordedBy: 'chen.jing', occurredAt: at.toISOString() }), 'chen.jing');
      counts.complaints++;
      if (result.action === 'auto_pulled' && result.andon) pulled = { andonId: result.andon.id, at };
    }
    if (pulled && shop.outcome !== 'none') {
      counts.andons++;
      await playShop(runAt, db, shop, pulled.andonId, pulled.at);
      counts[shop.outcome]++;
    }
  }

  // A pull that did not meet the rule: the manager finds it invalid; the book is back on sale at once,
  // Li Na loses nothing, and the bad pull counts against her manager.
  const namiya = ago(80);
  const lone = await runAt(namiya, (tx) => recordComplaint(tx, { externalId: 'demo-ticket-51220', targetRef: 'BOOK-9787544270878', customerRef: 'C-51220', issueCode: 'not_as_described', text: '封面颜色和网页图片不太一样。', channel: 'chat', recordedBy: 'li.na', occurredAt: namiya.toISOString() }), 'li.na');
  const invalid = await runAt(new Date(namiya.getTime() + 600_000), (tx) => pullCord(tx, { complaintId: lone.complaint.id, pulledBy: 'li.na', reason: '封面颜色不对，担心整批印错' }), 'li.na');
  await runAt(new Date(namiya.getTime() + 4 * 3_600_000), (tx) => reviewAndon(tx, invalid.andon.id, { reviewedBy: 'manager.zhao', verdict: 'invalid', reasonCode: 'not_reproducible', note: '样书颜色正常，是屏幕色差。' }), 'manager.zhao');
  counts.complaints++;
  counts.andons++;

  // A missed andon: two customers, same problem; the rule was met and nobody pulled.
  for (const [customer, agent, hours] of [['C-40021', 'xiao.lin', 72], ['C-40388', 'zhang.wei', 50]] as const) {
    const at = ago(hours);
    await runAt(at, (tx) => recordComplaint(tx, { externalId: `demo-return-${customer}`, targetRef: 'PROC-RETURN-PICKUP', customerRef: customer, issueCode: 'other', text: '约好的上门取件迟到了两天，也没人通知。', channel: 'phone', recordedBy: agent, occurredAt: at.toISOString() }), agent);
    counts.complaints++;
  }

  // A lamp still lit: a safety hazard (one customer is enough); its work orders are already overdue
  // for acknowledgement, so a server started now escalates them.
  const hazard = ago(20);
  const kettle = await runAt(hazard, (tx) => recordComplaint(tx, { externalId: 'demo-ticket-60017', targetRef: 'KETTLE-1701', customerRef: 'C-60017', issueCode: 'safety_hazard', text: '烧水时底座冒烟，插头发烫。', channel: 'phone', recordedBy: 'xiao.lin', occurredAt: hazard.toISOString() }), 'xiao.lin');
  await runAt(new Date(hazard.getTime() + 300_000), (tx) => pullCord(tx, { complaintId: kettle.complaint.id, pulledBy: 'xiao.lin' }), 'xiao.lin');
  counts.complaints++;
  counts.andons++;
  return { ...counts, bookId: book.id };
}
