import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall,
  personContext,
  screenshot,
  startWebRig,
  type Watched,
  watchedPage,
  type WebRig,
} from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';

interface Book {
  ref: string;
  name: string;
  search: string;
  id?: string;
}
const books: Record<'confirm' | 'reject' | 'zh' | 'live', Book> = {
  confirm: {
    ref: 'BOOK-9787020002207',
    name: 'The Story of the Stone / 《石头记》精装典藏版',
    search: 'Story of the St',
  },
  reject: { ref: 'BOOK-9787020008735', name: 'Journey to the West / 《西游记》', search: 'Journey to the' },
  zh: { ref: 'BOOK-9787020024759', name: 'Water Margin / 《水浒传》', search: 'Water Marg' },
  live: {
    ref: 'BOOK-9787020040919',
    name: 'Romance of the Three Kingdoms / 《三国演义》',
    search: 'Romance of the Th',
  },
};
const shop: Book = {
  ref: 'SHOP-KM-0042',
  name: 'Kunming Road repair shop / 昆明路修理厂',
  search: 'Kunming Road',
};

/** The desk's words in each language, as a person reads them. */
const words = {
  en: {
    target: 'Target',
    problem: 'Problem',
    customer: 'Customer id',
    said: 'What the customer said',
    record: 'Record the complaint',
    recorded: 'Complaint recorded.',
  },
  'zh-CN': {
    target: '按灯对象',
    problem: '问题类型',
    customer: '客户编号',
    said: '客户原话',
    record: '记录投诉',
    recorded: '投诉已记录。',
  },
};
type Lang = keyof typeof words;

/** Logs a complaint from the desk: the target as you type, the problem, the customer, their words. */
async function logComplaint(
  page: Page,
  lang: Lang,
  c: { book: Book; issueCode: string; customer: string; said: string; hint?: RegExp },
) {
  const w = words[lang];
  const box = page.getByRole('combobox', { name: w.target });
  if ((await box.inputValue()) !== c.book.name) {
    await box.fill(c.book.search);
    await page.getByRole('option', { name: new RegExp(c.book.ref) }).click();
    await page.getByTestId('target-chosen').waitFor();
  }
  await page.getByLabel(w.problem, { exact: true }).selectOption(c.issueCode);
  await page.getByLabel(w.customer).fill(c.customer);
  await page.getByLabel(w.said).fill(c.said);
  // While the agent types, the earlier look-alikes are hinted at.
  if (c.hint) await page.getByTestId('preview-hint').getByText(c.hint).waitFor();
  await page.getByRole('button', { name: w.record }).click();
  await page.getByTestId('desk-result').getByText(w.recorded).waitFor();
}

async function desk(rig: WebRig, who: string, lang: Lang, phone = false): Promise<Watched> {
  const context = await personContext(rig, who, {
    locale: lang === 'en' ? 'en-GB' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const watched = await watchedPage(context);
  // Two shared cores under other browsers and servers: give each step longer than the usual 10 s.
  watched.page.setDefaultTimeout(20_000);
  await watched.page.goto(`${rig.server.url}/desk`);
  return watched;
}

/** An earlier complaint, recorded over the API by another agent (set-up, not what the test is about). */
async function earlier(
  rig: WebRig,
  book: Book,
  issueCode: string,
  customerRef: string,
  text: string,
  occurredAt?: string,
) {
  const r = await apiCall<{ complaint: { id: string } }>(rig.server, 'POST', '/complaints', {
    targetId: book.id,
    issueCode,
    customerRef,
    text,
    recordedBy: 'zhang.wei',
    ...(occurredAt ? { occurredAt } : {}),
  });
  return r.complaint.id;
}

const groupsOf = (rig: WebRig, book: Book) =>
  apiCall<{
    groups: { complaintIds: string[]; customers: number }[];
    links: { complaintA: string; complaintB: string; verdict: string; decidedBy: string }[];
  }>(rig.server, 'GET', `/targets/${book.id}/problem-groups`);

/** The page fits a phone: nothing wider than the screen. */
const overflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

describe('the desk: "looks like the same problem", confirmed or rejected', { timeout: 120_000 }, () => {
  let rig: WebRig;
  beforeAll(async () => {
    rig = await startWebRig();
    await apiCall(rig.server, 'POST', '/issue-codes', {
      code: 'pages_not_cut',
      nameEn: 'Pages not cut',
      nameZh: '书页未裁开',
    });
    for (const book of [...Object.values(books), shop] as Book[]) {
      const kind = book === shop ? 'partner' : 'product';
      book.id = (
        await apiCall<{ id: string }>(rig.server, 'POST', '/targets', {
          ref: book.ref,
          kind,
          name: book.name,
        })
      ).id;
    }
    // Books: "same problem" is decided by what customers said, whatever issue code an agent chose.
    await apiCall(rig.server, 'PUT', '/matching/settings/product', { mode: 'text', threshold: 0.15 });
    // Repair shops: by issue code or by text, with a threshold so strict that only an agent's confirmation joins words.
    await apiCall(rig.server, 'PUT', '/matching/settings/partner', { mode: 'either', threshold: 0.99 });
  });
  afterAll(() => rig?.close());

  it('names the earlier complaint and the other customer; the agent confirms, the group forms, the cord is pulled', async () => {
    const { page, errors, dialogs } = await desk(rig, 'xiao.lin', 'en');
    const book = books.confirm;
    // Customer A, in Chinese, under "Pages not cut".
    await logComplaint(page, 'en', {
      book,
      issueCode: 'pages_not_cut',
      customer: 'C-10231',
      said: '书页未裁开，中间好几页连在一起，没法翻。',
    });
    await page
      .getByTestId('same-problem')
      .getByText('No earlier complaint on this target looks like this one.')
      .waitFor();
    await page.getByTestId('evidence').getByText('1 of 2 different customers within 30 days').waitFor();

    // Customer B, in English, under another code: hinted at while typing, suggested once recorded.
    await logComplaint(page, 'en', {
      book,
      issueCode: 'other',
      customer: 'C-20987',
      said: 'Uncut pages: the pages were not cut, I could not read it.',
      hint: /^1 earlier complaint on this target looks like the same problem/,
    });
    const panel = page.getByTestId('same-problem');
    const suggestion = panel.getByTestId('suggestion');
    await suggestion.waitFor();
    const sentence = (await suggestion.textContent()) ?? '';
    expect(sentence).toMatch(
      /^Looks like the same problem as the complaint of customer C-10231 on .+, from 1 other customer \(similarity \d+%\)\.$/,
    );
    const match = panel.getByTestId('same-problem-match');
    expect(await match.count()).toBe(1);
    const row = (await match.textContent()) ?? '';
    for (const fact of [
      'Customer C-10231',
      'Pages not cut',
      '书页未裁开，中间好几页连在一起，没法翻。',
      'similarity',
    ])
      expect(row).toContain(fact);
    await panel.getByText('This target’s rule counts look-alikes by what customers said').waitFor();

    await match
      .getByRole('button', { name: 'Same problem as customer C-10231’s complaint', exact: true })
      .click();
    await panel
      .getByTestId('ruled')
      .getByText('Recorded: the same problem as customer C-10231’s complaint, one problem group now.')
      .waitFor();
    await match.getByText('confirmed: same problem').waitFor();
    expect(await match.getByRole('button', { name: /^Same problem/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const evidence = page.getByTestId('evidence');
    await evidence.getByText('2 of 2 different customers within 30 days').waitFor();
    await evidence.getByText('The rule is met: same target, same problem, 2 different customers.').waitFor();
    expect(await evidence.getByTestId('complaint').count()).toBe(2);

    // One problem group of two customers, as the server keeps it.
    const { groups, links } = await groupsOf(rig, book);
    expect(groups).toEqual([{ complaintIds: expect.any(Array), customers: 2 }]);
    expect(groups[0]!.complaintIds).toHaveLength(2);
    expect(links).toEqual([expect.objectContaining({ verdict: 'confirm', decidedBy: 'xiao.lin' })]);

    await screenshot(page, 'desk-same-problem-en');
    expect(await contrastFailures(page), 'desk-same-problem-en').toEqual([]);

    // The one-click pull, and the andon holds both customers' complaints.
    await evidence.getByRole('button', { name: 'Pull the cord' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pull the cord?' });
    await dialog.getByText('The rule is met: 2 different customers, same target, same problem.').waitFor();
    await dialog.getByRole('button', { name: 'Pull the cord' }).click();
    await page.getByTestId('pulled').getByText(`Cord pulled. ${book.name} is off sale.`).waitFor();
    const andonId = new URL(
      (await page.getByTestId('pulled').getByRole('link').getAttribute('href'))!,
      rig.server.url,
    ).pathname.split('/')[2]!;
    const andon = await apiCall<{ complaints: { customerRef: string }[]; distinctCustomers: number }>(
      rig.server,
      'GET',
      `/andons/${andonId}`,
    );
    expect(andon.distinctCustomers).toBe(2);
    expect(andon.complaints.map((c) => c.customerRef).sort()).toEqual(['C-10231', 'C-20987']);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a rejection removes the suggestion, takes the look-alike out of the count, and is recorded', async () => {
    const book = books.reject;
    const first = await earlier(rig, book, 'pages_not_cut', 'C-30001', '书页未裁开');
    const { page, errors } = await desk(rig, 'xiao.lin', 'en');
    await logComplaint(page, 'en', {
      book,
      issueCode: 'other',
      customer: 'C-30002',
      said: 'pages not cut, uncut pages',
    });
    const panel = page.getByTestId('same-problem');
    await panel.getByTestId('suggestion').waitFor();
    const evidence = page.getByTestId('evidence');
    // By text, the words alone already make it a repeat…
    await evidence.getByText('2 of 2 different customers within 30 days').waitFor();
    await panel.getByRole('button', { name: 'Not the same problem as customer C-30001’s complaint' }).click();
    await panel
      .getByTestId('ruled')
      .getByText('Recorded: not the same problem as customer C-30001’s complaint.')
      .waitFor();
    // …until the agent says they are not the same.
    await panel.getByTestId('suggestion').waitFor({ state: 'detached' });
    await evidence.getByText('1 of 2 different customers within 30 days').waitFor();
    await evidence.getByText('Not a repeat yet.').waitFor();
    expect(await evidence.getByRole('button', { name: 'Pull the cord' }).count()).toBe(0);
    await evidence.getByRole('button', { name: 'Stop the line anyway…' }).waitFor();
    // Still listed among the others, marked.
    const others = panel.getByTestId('less-alike');
    await others.getByText('1 other earlier complaint').click();
    await others.getByTestId('same-problem-match').getByText('marked not the same').waitFor();

    const { groups, links } = await groupsOf(rig, book);
    expect(groups).toEqual([]);
    expect(links).toEqual([expect.objectContaining({ verdict: 'reject', decidedBy: 'xiao.lin' })]);
    expect([links[0]!.complaintA, links[0]!.complaintB]).toContain(first);
    const audit = await apiCall<{ items: { actor: string }[] }>(
      rig.server,
      'GET',
      `/audit-events?action=complaints.same_problem_rejected&targetId=${book.id}`,
    );
    expect(audit.items.map((e) => e.actor)).toEqual(['xiao.lin']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a look-alike another agent records meanwhile appears without a reload, the verdicts kept, and is counted', async () => {
    const book = books.live;
    await earlier(rig, book, 'pages_not_cut', 'C-60001', '书页未裁开');
    const { page, errors } = await desk(rig, 'xiao.lin', 'en');
    await logComplaint(page, 'en', {
      book,
      issueCode: 'other',
      customer: 'C-60002',
      said: 'pages not cut, uncut pages',
    });
    const panel = page.getByTestId('same-problem');
    const evidence = page.getByTestId('evidence');
    await panel.getByRole('button', { name: 'Not the same problem as customer C-60001’s complaint' }).click();
    await panel.getByTestId('ruled').waitFor();
    await evidence.getByText('1 of 2 different customers within 30 days').waitFor();
    expect(await panel.getByTestId('suggestion').count()).toBe(0);

    // Another agent logs a phone call from an hour ago (the look-alikes are the complaints made
    // before this one): the desk follows the live stream and asks again.
    const later = new Date(Date.now() - 3_600_000).toISOString();
    await earlier(rig, book, 'other', 'C-60003', 'Uncut pages: the pages were not cut.', later);
    const fresh = panel.getByTestId('same-problem-match').filter({ hasText: 'Customer C-60003' });
    await fresh.waitFor();
    expect((await fresh.textContent()) ?? '').toContain('Uncut pages: the pages were not cut.');
    await panel
      .getByTestId('suggestion')
      .getByText(/customer C-60003/)
      .waitFor();
    // The verdict already recorded stays, and the recount takes the new look-alike in.
    await panel.getByTestId('ruled').waitFor();
    await panel.getByText('1 other earlier complaint').click();
    await panel
      .getByTestId('less-alike')
      .getByTestId('same-problem-match')
      .filter({ hasText: 'Customer C-60001' })
      .getByText('marked not the same')
      .waitFor();
    await evidence.getByText('2 of 2 different customers within 30 days').waitFor();
    await evidence.getByText('The rule is met: same target, same problem, 2 different customers.').waitFor();
    expect(await evidence.getByTestId('complaint').filter({ hasText: 'C-60001' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a look-alike the matcher missed, once confirmed, makes the rule met and the pull is offered', async () => {
    await earlier(rig, shop, 'poor_service', 'C-50001', 'The mechanic overcharged me for the brake repair.');
    const { page, errors } = await desk(rig, 'xiao.lin', 'en');
    await logComplaint(page, 'en', {
      book: shop,
      issueCode: 'overcharging',
      customer: 'C-50002',
      said: 'Overcharged again: the brake repair cost double.',
    });
    const panel = page.getByTestId('same-problem');
    const evidence = page.getByTestId('evidence');
    await evidence.getByText('1 of 2 different customers within 30 days').waitFor();
    expect(await panel.getByTestId('suggestion').count()).toBe(0);
    await panel.getByText('1 other earlier complaint').click();
    await panel
      .getByRole('button', { name: 'Same problem as customer C-50001’s complaint', exact: true })
      .click();
    await panel.getByTestId('ruled').waitFor();
    await evidence.getByText('2 of 2 different customers within 30 days').waitFor();
    await evidence.getByRole('button', { name: 'Pull the cord' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Pull the cord' }).click();
    await page.getByTestId('pulled').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Chinese on a phone: the sentence, the confirmation, the pull', async () => {
    const book = books.zh;
    await earlier(rig, book, 'pages_not_cut', 'C-40001', '书页未裁开，好几页连在一起。');
    const { page, errors } = await desk(rig, 'li.na', 'zh-CN', true);
    await page.getByRole('heading', { level: 1, name: '客服工作台' }).waitFor();
    await logComplaint(page, 'zh-CN', {
      book,
      issueCode: 'other',
      customer: 'C-40002',
      said: 'uncut pages, pages not cut',
      hint: /^这个对象以前有 1 条投诉看起来是同一个问题/,
    });
    const panel = page.getByTestId('same-problem');
    const sentence = (await panel.getByTestId('suggestion').textContent()) ?? '';
    expect(sentence).toMatch(
      /^看起来与客户 C-40001 在 .+ 的投诉是同一个问题，来自另外 1 位客户（相似度 \d+%）。$/,
    );
    await panel.getByRole('button', { name: '与客户 C-40001 的投诉是同一问题' }).click();
    await panel
      .getByTestId('ruled')
      .getByText('已记录：与客户 C-40001 的投诉是同一问题，已归入同一问题组。')
      .waitFor();
    const evidence = page.getByTestId('evidence');
    await evidence.getByText('满足按灯规则：同一对象、同样问题、2 位不同客户。').waitFor();
    expect((await groupsOf(rig, book)).groups).toHaveLength(1);
    await screenshot(page, 'desk-same-problem-zh-CN');
    expect(await contrastFailures(page), 'desk-same-problem-zh-CN').toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await evidence.getByRole('button', { name: '按灯' }).click();
    await page.getByRole('dialog', { name: '确认按灯？' }).getByRole('button', { name: '按灯' }).click();
    await page.getByTestId('pulled').getByText(`已按灯。${book.name} 已下架。`).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers a viewer only what a viewer may do: the evidence, read-only', async () => {
    const { page, errors } = await desk(rig, 'wall.screen', 'en');
    await page.getByRole('heading', { level: 1, name: 'Agent desk' }).waitFor();
    await page
      .getByTestId('desk-read-only')
      .getByText(/^Your role, viewer, may look at the repeat evidence/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Record the complaint' }).count()).toBe(0);
    expect(await page.getByText('My pulls and rewards').count()).toBe(0);
    const box = page.getByRole('combobox', { name: 'Target' });
    await box.fill(books.reject.search);
    await page.getByRole('option', { name: new RegExp(books.reject.ref) }).click();
    await page.getByLabel('Problem', { exact: true }).selectOption('pages_not_cut');
    await page.getByTestId('evidence').getByTestId('complaint').first().waitFor();
    expect(await page.getByTestId('evidence').getByRole('button').count()).toBe(0);
    await screenshot(page, 'desk-read-only-en');
    expect(await contrastFailures(page), 'desk-read-only-en').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
