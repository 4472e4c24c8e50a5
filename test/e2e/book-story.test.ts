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

const BOOK = { ref: 'BOOK-9787020002207', name: 'The Story of the Stone / 《石头记》精装典藏版' };

/** An agent's browser: their own context (storage), signed in as them. */
async function agentDesk(rig: WebRig, agent: string): Promise<Watched> {
  const context = await personContext(rig, agent, { locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const watched = await watchedPage(context);
  await watched.page.goto(`${rig.server.url}/desk`);
  return watched;
}

/** Logs a complaint from the desk: find the book as you type, pick the problem, the customer's words. */
async function logComplaint(page: Page, customer: string, said: string, order: string) {
  const target = page.getByRole('combobox', { name: 'Target' });
  await target.fill('Story of the St');
  await page.getByRole('option', { name: /Story of the Stone/ }).click();
  await page.getByText(`Chosen: ${BOOK.name} (${BOOK.ref})`).waitFor();
  await page.getByLabel('Problem').selectOption('pages_not_cut');
  await page.getByLabel('Customer id').fill(customer);
  await page.getByLabel('What the customer said').fill(said);
  await page.getByLabel('Order').fill(order);
  await page.getByLabel('Lot or batch').fill('2024-07');
  await page.getByRole('button', { name: 'Record the complaint' }).click();
  await page.getByText('Complaint recorded.').waitFor();
}

describe('the book story through the web app', { timeout: 60_000 }, () => {
  let rig: WebRig;
  beforeAll(async () => {
    rig = await startWebRig();
    await apiCall(rig.server, 'POST', '/issue-codes', {
      code: 'pages_not_cut',
      nameEn: 'Pages not cut',
      nameZh: '书页未裁开',
    });
    await apiCall(rig.server, 'POST', '/targets', {
      ref: BOOK.ref,
      kind: 'product',
      name: BOOK.name,
      monthlyGmv: { amountMinor: 125_000_000, currency: 'CNY' },
    });
  });
  afterAll(() => rig?.close());

  it('two agents log complaints about the same book, Xiao Lin pulls the cord, and the board lights up live', async () => {
    // The office wall: a board open in its own browser context before anything happens.
    const wallContext = await personContext(rig, null, {
      locale: 'en-GB',
      viewport: { width: 1280, height: 800 },
    });
    const wall = await watchedPage(wallContext);
    await wall.page.goto(`${rig.server.url}/board`);
    await wall.page.getByText('No lamp is lit: every line is running.').waitFor();
    await wall.page.locator('[data-testid=live-status][data-status=open]').waitFor();
    await wall.page.evaluate('window.__sameDocument = true');

    // Last week: Zhang Wei records the first customer's complaint.
    const zhang = await agentDesk(rig, 'zhang.wei');
    await logComplaint(zhang.page, 'C-10231', '书页没有裁开，中间好几页连在一起，没法翻。', 'O-88120');
    await zhang.page.getByText('1 of 2 different customers within 30 days').waitFor();
    await zhang.page.getByText('Not a repeat yet.').waitFor();
    expect(await zhang.page.getByRole('button', { name: 'Pull the cord' }).count()).toBe(0);

    // Today: Xiao Lin records a different customer's, and sees the earlier one at once.
    const lin = await agentDesk(rig, 'xiao.lin');
    const { page } = lin;
    await logComplaint(page, 'C-20987', 'The pages were never cut.', 'O-90344');
    const evidence = page.getByTestId('evidence');
    await evidence.getByText('2 of 2 different customers within 30 days').waitFor();
    await evidence.getByText('The rule is met: same target, same problem, 2 different customers.').waitFor();
    expect(await evidence.getByTestId('complaint').allTextContents()).toEqual([
      expect.stringContaining('The pages were never cut.'),
      expect.stringContaining('书页没有裁开，中间好几页连在一起，没法翻。'),
    ]);
    expect(await evidence.getByTestId('complaint').nth(1).textContent()).toContain('recorded by zhang.wei');
    await screenshot(page, 'story-desk-evidence-en');

    // One click; the confirmation says what will happen.
    await page.getByRole('button', { name: 'Pull the cord' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pull the cord?' });
    await dialog.waitFor();
    await dialog.getByText('CN¥50.00').waitFor(); // the rule's reward, loaded for the confirmation
    const said = (await dialog.textContent()) ?? '';
    expect(said).toContain(`${BOOK.name} goes off sale at once.`);
    expect(said).toContain('Sales of CN¥1,250,000.00 a month pause until it is relisted.');
    expect(said).toContain('Supplier inspection: check all stock (supplier management)');
    expect(said).toContain('Root cause: five whys (quality)');
    expect(said).toContain(
      'Your reward of CN¥50.00 is recorded as pending until your manager reviews the pull.',
    );
    expect(said).toContain('Nobody needs to approve it.');
    await screenshot(page, 'story-desk-pull-confirmation-en');
    await dialog.getByRole('button', { name: 'Pull the cord' }).click();
    await page.getByTestId('pulled').getByText(`Cord pulled. ${BOOK.name} is off sale.`).waitFor();
    await page.getByText('The cord is already pulled for this target and problem.').waitFor();

    // The wall lights up red without a reload.
    const lamp = wall.page.getByTestId('lamp').filter({ hasText: BOOK.ref });
    await lamp.waitFor({ timeout: 5000 });
    expect(await lamp.getAttribute('data-colour')).toBe('red');
    const lampText = (await lamp.textContent()) ?? '';
    for (const fact of ['Line stopped', 'Pages not cut', '2 customers', 'CN¥1.25m a month'])
      expect(lampText).toContain(fact);
    expect(await wall.page.evaluate('window.__sameDocument')).toBe(true);
    expect(await wall.page.getByTestId('board-summary').textContent()).toContain('1 lamp lit');
    await wall.page.getByRole('status').filter({ hasText: 'New lamp' }).waitFor({ state: 'attached' });
    await screenshot(wall.page, 'story-board-lit-en');

    // The andon room: the two work orders side by side, the complaints, the timeline.
    await page.getByTestId('pulled').getByRole('link', { name: 'Open the andon room' }).click();
    await page.getByRole('heading', { level: 1, name: BOOK.name }).waitFor();
    await page.getByTestId('timeline').getByText('Cord pulled by xiao.lin').waitFor();
    const orders = page.getByTestId('work-order');
    expect(await orders.evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).toEqual([
      'supplier_inspection',
      'root_cause',
    ]);
    const [a, b] = [await orders.nth(0).boundingBox(), await orders.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2); // side by side on a laptop
    expect(await orders.nth(0).textContent()).toContain('Supplier management / 供应商管理部门');
    expect(await orders.nth(1).textContent()).toContain('Quality / 质量部门');
    const timeline = (await page.getByTestId('timeline').textContent()) ?? '';
    for (const step of [
      'Target taken off sale',
      'Work order opened: Supplier inspection',
      'Work order opened: Root cause',
      'Reward pending for xiao.lin',
    ]) {
      expect(timeline).toContain(step);
    }
    expect(await page.getByTestId('complaint').count()).toBe(2);
    await screenshot(page, 'story-andon-room-en');

    // Her own pulls and rewards.
    await page.getByRole('link', { name: 'Agent desk' }).click();
    await page.getByTestId('my-pulls').getByText(BOOK.name).waitFor();
    expect(await page.getByText('Pending: CN¥50.00').count()).toBe(1);

    for (const w of [wall, zhang, lin]) {
      expect(w.dialogs).toEqual([]);
      expect(w.errors).toEqual([]);
    }
  });
});
