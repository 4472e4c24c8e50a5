import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Command } from '../../db/writer.ts';
import { pullCord } from '../andons/andons.service.ts';
import { recordComplaint } from '../complaints/complaints.service.ts';
import { createIssueCode, getIssueCode } from '../issue-codes/issue-codes.service.ts';
import { createOrganisation } from '../organisations/organisations.service.ts';
import { createRule } from '../rules/rules.service.ts';
import { createTarget, getTarget } from '../targets/targets.service.ts';
import { createTeam } from '../teams/teams.service.ts';

/** Runs one command as one actor (the writer's `run`). */
export type Run = <T>(command: Command<T>, actor: string) => Promise<T>;

export const DEMO_BOOK_REF = 'BOOK-9787020002207';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const daysAgo = (d: number) => hoursAgo(d * 24);

const repairShops: { ref: string; zh: string; en: string; complaints: [customer: string, issue: string, text: string, days: number][] }[] = [
  {
    ref: 'SHOP-BJ-001',
    zh: '安心汽修（朝阳店）',
    en: 'Anxin Auto Repair (Chaoyang)',
    complaints: [
      ['U-3001', 'price_confusion', '保养报价和结账金额差了八百多，项目没有提前说明。', 40],
      ['U-3002', 'price_confusion', 'The final bill had three items nobody told me about.', 12],
    ],
  },
  {
    ref: 'SHOP-BJ-002',
    zh: '速通汽车服务（海淀店）',
    en: 'Sutong Car Service (Haidian)',
    complaints: [
      ['U-3011', 'overselling', '只是换机油，被推销了全车镀晶和轮胎。', 33],
      ['U-3012', 'overselling', 'They kept pushing a 2,000-yuan package when I came for brakes.', 20],
      ['U-3013', 'overselling', '反复推销发动机清洗，说不做会出大问题。', 3],
    ],
  },
  {
    ref: 'SHOP-SH-003',
    zh: '诚信汽修（浦东店）',
    en: 'Chengxin Auto Repair (Pudong)',
    complaints: [
      ['U-3021', 'faulty_parts', '刚换的刹车片一周就异响。', 25],
      ['U-3022', 'faulty_parts', 'New battery died after four days.', 9],
    ],
  },
  {
    ref: 'SHOP-SH-004',
    zh: '骏马汽车维修（徐汇店）',
    en: 'Junma Car Repair (Xuhui)',
    complaints: [
      ['U-3031', 'poor_service', '前台态度很差，问两句就不耐烦。', 50],
      ['U-3032', 'poor_service', 'Staff were rude and refused to explain the repair.', 15],
    ],
  },
  {
    ref: 'SHOP-GZ-005',
    zh: '快修宝（天河店）',
    en: 'Kuaixiubao (Tianhe)',
    complaints: [
      ['U-3041', 'price_confusion', '工时费和配件费都没有明码标价。', 30],
      ['U-3042', 'price_confusion', 'No price list; the labour charge doubled at the till.', 6],
    ],
  },
  {
    ref: 'SHOP-GZ-006',
    zh: '顺达汽修（越秀店）',
    en: 'Shunda Auto Repair (Yuexiu)',
    complaints: [
      ['U-3051', 'faulty_parts', '换的空调压缩机是翻新件。', 44],
      ['U-3052', 'faulty_parts', 'The "new" alternator was a refurbished one.', 2],
    ],
  },
  {
    ref: 'SHOP-SZ-007',
    zh: '车之家养护（南山店）',
    en: 'Chezhijia Care (Nanshan)',
    complaints: [
      ['U-3061', 'overselling', '做个四轮定位被推销了一堆添加剂。', 18],
      ['U-3062', 'overselling', 'Upsold additives I did not need during an alignment.', 1],
    ],
  },
  {
    ref: 'SHOP-SZ-008',
    zh: '良工汽修（福田店）',
    en: 'Lianggong Auto Repair (Futian)',
    complaints: [['U-3071', 'poor_service', '等了三个小时没人理。', 10]],
  },
  {
    ref: 'SHOP-HZ-009',
    zh: '安途汽车服务（西湖店）',
    en: 'Antu Car Service (Xihu)',
    complaints: [
      ['U-3081', 'price_confusion', '报价不清楚。', 14],
      ['U-3081', 'price_confusion', '还是同一个问题，又来投诉一次：报价不清楚。', 4],
    ],
  },
  {
    ref: 'SHOP-HZ-010',
    zh: '明途汽修（滨江店）',
    en: 'Mingtu Auto Repair (Binjiang)',
    complaints: [
      ['U-3091', 'faulty_parts', '雨刮器用了两天就坏。', 21],
      ['U-3092', 'poor_service', 'Nobody called me back about the warranty.', 7],
    ],
  },
];

/**
 * Loads the demo data set, retelling the seed's stories through the same services the API uses:
 * the best-selling book with uncut pages (two customers, the agent pulls, a third complaint joins the
 * andon) and the used-car platform's repair shops (partners under an automatic rule, many pulled).
 * Returns null when the demo is already there.
 */
export async function loadDemo(run: Run, db: Kysely<Database>) {
  if (await getTarget(db, { ref: DEMO_BOOK_REF })) return null;
  const counts = { targets: 0, complaints: 0, andons: 0 };
  const admin = 'demo';

  const frontline = await run((tx) => createTeam(tx, { key: 'frontline-cs', name: 'Customer service team 1 / 客服一组', description: null }), admin);
  const booksSupply = await run((tx) => createTeam(tx, { key: 'books-supplier-management', name: 'Books supplier management / 图书供应商管理', description: null }), admin);
  const partnerMgmt = await run((tx) => createTeam(tx, { key: 'aftersales-partners', name: 'After-sales partner management / 售后合作商管理', description: null }), admin);
  void frontline;

  const press = await run((tx) => createOrganisation(tx, { name: 'Everbright Press / 光明出版社', kind: 'supplier', contactName: 'Wang Fang', contactEmail: 'accounts@everbright-press.example', contactPhone: '+86 10 5555 0100', notes: 'Printed by Huaxin Printing / 华新印刷厂' }), admin);

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
  await run(
    (tx) =>
      createRule(tx, {
        name: 'Repair shops: 2 customers in 2 months, pulled automatically',
        targetKind: 'partner',
        issueCode: null,
        threshold: 2,
        windowDays: 60,
        mode: 'auto',
        reward: { amountMinor: 3000, currency: 'CNY' },
        inspectionDueHours: 48,
        rootCauseDueHours: 168,
        active: true,
      }),
    admin,
  );

  const book = await run(
    (tx) =>
      createTarget(tx, {
        ref: DEMO_BOOK_REF,
        kind: 'product',
        name: '《石头记》精装典藏版 / The Story of the Stone, hardcover collector’s edition',
        organisationId: press.id,
        supplierTeamId: booksSupply.id,
        monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' },
        attributes: { category: 'books', publisher: 'Everbright Press', printer: 'Huaxin Printing' },
      }),
    admin,
  );
  counts.targets++;
  for (const [ref, name, gmv] of [
    ['KETTLE-1701', '电热水壶 1.7L / Electric kettle 1.7 L', 18_000_000],
    ['CASE-PX9', '手机壳 PX9 / Phone case PX9', 2_400_000],
    ['BOOK-9787544270878', '《解忧杂货店》/ The Miracles of the Namiya General Store', 30_000_000],
  ] as const) {
    await run((tx) => createTarget(tx, { ref, kind: 'product', name, monthlyGmv: { amountMinor: gmv, currency: 'CNY' } }), admin);
    counts.targets++;
  }
  await run((tx) => createTarget(tx, { ref: 'PROC-RETURN-PICKUP', kind: 'process', name: '退货上门取件流程 / Return pick-up process' }), admin);
  await run((tx) => createTarget(tx, { ref: 'STEP-REFUND-APPROVAL', kind: 'support_step', name: '退款审批环节 / Refund approval step' }), admin);
  counts.targets += 2;

  // Story 1: a customer last week, and Xiao Lin's customer today: same book, same problem.
  await run(
    (tx) =>
      recordComplaint(tx, {
        externalId: 'demo-ticket-10231',
        targetRef: DEMO_BOOK_REF,
        customerRef: 'C-10231',
        issueCode: 'pages_not_cut',
        text: '书页没有裁开，中间好几页连在一起，没法翻。',
        orderRef: 'O-88120',
        lotRef: '2024-07',
        channel: 'phone',
        compensation: { kind: 'coupon', amount: { amountMinor: 2000, currency: 'CNY' } },
        recordedBy: 'zhang.wei',
        occurredAt: daysAgo(7),
      }),
    'zhang.wei',
  );
  const second = await run(
    (tx) =>
      recordComplaint(tx, {
        externalId: 'demo-ticket-20987',
        targetRef: DEMO_BOOK_REF,
        customerRef: 'C-20987',
        issueCode: 'pages_not_cut',
        text: '我买的书书页没有裁开，整整一叠连在一起。The pages were never cut.',
        orderRef: 'O-90344',
        lotRef: '2024-07',
        channel: 'chat',
        compensation: { kind: 'replacement', amount: null },
        recordedBy: 'xiao.lin',
        occurredAt: hoursAgo(3),
      }),
    'xiao.lin',
  );
  counts.complaints += 2;
  await run((tx) => pullCord(tx, { complaintId: second.complaint.id, pulledBy: 'xiao.lin' }), 'xiao.lin');
  counts.andons++;
  await run(
    (tx) =>
      recordComplaint(tx, {
        externalId: 'demo-ticket-31145',
        targetRef: DEMO_BOOK_REF,
        customerRef: 'C-31145',
        issueCode: 'pages_not_cut',
        text: 'Same here: about forty pages stuck together at the top edge.',
        orderRef: 'O-90512',
        lotRef: '2024-07',
        channel: 'email',
        recordedBy: 'xiao.lin',
        occurredAt: hoursAgo(1),
      }),
    'xiao.lin',
  );
  counts.complaints++;

  // Story 2: the repair shops, partners under the automatic rule.
  for (const shop of repairShops) {
    const org = await run((tx) => createOrganisation(tx, { name: `${shop.en} / ${shop.zh}`, kind: 'partner' }), admin);
    await run(
      (tx) =>
        createTarget(tx, {
          ref: shop.ref,
          kind: 'partner',
          name: `${shop.zh} / ${shop.en}`,
          organisationId: org.id,
          supplierTeamId: partnerMgmt.id,
          monthlyGmv: { amountMinor: 40_000_000, currency: 'CNY' },
          attributes: { city: shop.ref.split('-')[1] },
        }),
      admin,
    );
    counts.targets++;
    let i = 0;
    for (const [customer, issue, text, days] of shop.complaints) {
      const result = await run(
        (tx) =>
          recordComplaint(tx, {
            externalId: `demo-${shop.ref}-${i++}`,
            targetRef: shop.ref,
            customerRef: customer,
            issueCode: issue,
            text,
            channel: 'web_form',
            recordedBy: 'chen.jing',
            occurredAt: daysAgo(days),
          }),
        'chen.jing',
      );
      counts.complaints++;
      if (result.action === 'auto_pulled') counts.andons++;
    }
  }

  await run(
    (tx) =>
      recordComplaint(tx, {
        externalId: 'demo-return-1',
        targetRef: 'PROC-RETURN-PICKUP',
        customerRef: 'C-40021',
        issueCode: 'other',
        text: '约好的上门取件迟到了两天，也没人通知。',
        channel: 'phone',
        recordedBy: 'xiao.lin',
        occurredAt: daysAgo(2),
      }),
    'xiao.lin',
  );
  counts.complaints++;
  return { ...counts, bookId: book.id };
}
