import type { Locator, Page } from 'playwright-core';
import { apiCall } from './browser.ts';
import type { Server } from './process.ts';
import { dateIn } from './web-people.ts';

export const STORY_BOOK = {
  ref: 'BOOK-9787020002207',
  name: 'The Story of the Stone / 《石头记》精装典藏版',
};

/** The book story's cast and set: the book (from Everbright Press), the problem, teams and their people. */
export async function seedStory(server: Server): Promise<{ organisationId: string }> {
  const call = <T = any>(method: string, url: string, body?: unknown) =>
    apiCall<T>(server, method, url, body);
  await call('POST', '/issue-codes', {
    code: 'pages_not_cut',
    nameEn: 'Pages not cut',
    nameZh: '书页未裁开',
  });
  const press = await call<{ id: string }>('POST', '/organisations', {
    name: 'Everbright Press / 光明出版社',
    kind: 'supplier',
  });
  await call('POST', '/organisations', { name: 'Other Printer / 别的印刷厂', kind: 'supplier' });
  await call('POST', '/targets', {
    ref: STORY_BOOK.ref,
    kind: 'product',
    name: STORY_BOOK.name,
    organisationId: press.id,
    monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' },
  });
  const frontline = await call<{ id: string }>('POST', '/teams', {
    key: 'frontline-cs',
    name: 'Customer service team 1 / 客服一组',
    leadRef: 'lead.liu',
    managerRef: 'manager.zhao',
  });
  const teams = (await call<{ items: { id: string; key: string }[] }>('GET', '/teams')).items;
  const team = (key: string) => teams.find((t) => t.key === key)!.id;
  await call('PUT', `/teams/${frontline.id}/members/xiao.lin`);
  await call('PUT', `/teams/${team('supplier-management')}/members/wang.fang`);
  await call('PUT', `/teams/${team('quality')}/members/qa.zhou`);
  return { organisationId: press.id };
}

/** Logs a complaint from the desk: find the book as you type, pick the problem, the customer's words. */
export async function logComplaint(page: Page, customer: string, said: string, order: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Target' }).fill('Story of the St');
  await page.getByRole('option', { name: /Story of the Stone/ }).click();
  await page.getByTestId('target-chosen').waitFor();
  await page.getByLabel('Problem').selectOption('pages_not_cut');
  await page.getByLabel('Customer id').fill(customer);
  await page.getByLabel('What the customer said').fill(said);
  await page.getByLabel('Order').fill(order);
  await page.getByLabel('Lot or batch').fill('2024-07');
  await page.getByRole('button', { name: 'Record the complaint' }).click();
  await page.getByTestId('evidence').getByText(said).waitFor();
}

/** A work order's card in the andon room, by type (and text, when there are several). */
export function orderCard(page: Page, type: string, text?: string): Locator {
  const cards = page.locator(`[data-testid=work-order][data-type=${type}]`);
  return text ? cards.filter({ hasText: text }) : cards.first();
}

/** Waits until the andon room shows the andon in a state. */
export async function roomState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid=room-header][data-state=${state}]`).waitFor();
}

/** The supplier's report: lot 2024-07, the defect batch-wide, all 3,100 copies returned. */
export async function recordInspection(page: Page): Promise<void> {
  const card = orderCard(page, 'supplier_inspection');
  await card.getByRole('button', { name: 'Record the inspection' }).click();
  const form = card.getByRole('form', { name: 'Supplier inspection' });
  await form.getByLabel('Units inspected').fill('3100');
  await form.getByLabel('Units defective').fill('1240');
  await form.getByLabel('Units returned').fill('3100');
  await form.getByLabel('Lots or batches inspected').fill('2024-07');
  await form.getByLabel('Batch-wide').check();
  await form.getByLabel('What was done with the stock').selectOption('return_batch');
  await form
    .getByLabel('What was checked and how')
    .fill(
      'Opened all 3,100 copies of lot 2024-07: uncut page blocks throughout; the whole lot went back to the printer.',
    );
  await form.getByRole('button', { name: 'Record the inspection' }).click();
}

const whys: [string, string, string][] = [
  ['为什么书页没有裁开？', '裁切工序漏裁了 2024-07 批次的一叠书', '印刷厂 7 月 12 日的生产日志'],
  ['为什么裁切机会漏裁？', '卡纸后那一叠书送入时厚了一倍', '当班报告'],
  ['为什么印刷厂没发现？', '印刷厂的终检只看封面，从不看书芯', '终检检查表 v3'],
  ['为什么我们收货没发现？', '我们的收货检查照抄了印刷厂的检查表', '收货规程 WH-12'],
  ['为什么两边都漏掉了？', '整个流程里没有任何一步检查这种缺陷', '流程图评审记录'],
];

/** Quality's five whys, in Chinese: first as blame (refused, with the server's reasons), then to the process. */
export async function writeFiveWhys(page: Page): Promise<{ refusal: string[] }> {
  const card = orderCard(page, 'root_cause');
  await card.getByRole('button', { name: '记录五个为什么' }).click();
  const form = card.getByRole('form', { name: '五个为什么' });
  // Typed with two pairs the wrong way round, then put in order with the arrows.
  const order = [0, 1, 2, 4, 3];
  for (const [level, i] of order.entries()) {
    const pair = form.getByRole('group', { name: `第 ${level + 1} 个为什么` });
    const [why, because, evidence] = whys[i]!;
    await pair.getByLabel('为什么？').fill(why);
    await pair.getByLabel('因为').fill(because);
    await pair.getByLabel('证据').fill(evidence);
  }
  await form.getByRole('button', { name: '把第 5 个为什么上移' }).click();
  await form.getByLabel('根因', { exact: true }).fill('印刷厂工人人为失误');
  await form.getByRole('button', { name: '添加纠正措施' }).click();
  const corrective = form.getByRole('group', { name: '措施 1' });
  await corrective.getByLabel('负责人').fill('wang.fang');
  await corrective.getByLabel('截止日期').fill(dateIn(10));
  await corrective
    .getByLabel('要做什么')
    .fill('Reprint lot 2024-07 with a page-block check / 重印 2024-07 批次');
  await form.getByRole('button', { name: '记录根因' }).click();
  await form.getByRole('alert').waitFor();
  const refusal = await form.locator('.field-error').allTextContents();

  await form.getByLabel('根因', { exact: true }).fill('从印刷到入库的流程中没有任何检查环节检查书芯是否裁开');
  await form.getByLabel('根因在流程上，而不在某个人身上').check();
  await form.getByRole('button', { name: '添加预防措施' }).click();
  const preventive = form.getByRole('group', { name: '措施 2' });
  await preventive.getByLabel('负责人').fill('qa.zhou');
  await preventive.getByLabel('截止日期').fill(dateIn(30));
  await preventive
    .getByLabel('要做什么')
    .fill('在收货规程 WH-12 中加入翻书芯抽检 / Add a page-block check to SOP WH-12');
  await form.getByText('分析符合要求，可以提交。').waitFor();
  await form.getByRole('button', { name: '记录根因' }).click();
  return { refusal };
}
