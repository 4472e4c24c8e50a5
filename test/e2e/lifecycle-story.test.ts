import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, screenshot, startWebRig, type Watched, type WebRig } from '#test/helpers/browser.ts';
import { personAt, waitLive } from '#test/helpers/web-people.ts';
import {
  logComplaint,
  orderCard,
  recordInspection,
  roomState,
  seedStory,
  STORY_BOOK as BOOK,
  writeFiveWhys,
} from '#test/helpers/web-story.ts';

/**
 * Story 1 to the end, through the web app, each step by its own person in their own browser (until
 * sign-in exists, "Who am I" says who): an agent pulls, the supplier manager inspects, quality asks
 * why, the fix is made, an independent verifier accepts, the manager reviews, the book is relisted.
 */
describe('the book story from pull to relist', { timeout: 120_000 }, () => {
  let rig: WebRig;
  const people: Watched[] = [];
  const as = async (...args: Parameters<typeof personAt>) => {
    const w = await personAt(...args);
    people.push(w);
    return w;
  };
  beforeAll(async () => {
    rig = await startWebRig();
    await seedStory(rig.server);
  });
  afterAll(() => rig?.close());

  it('goes from two complaints to a green lamp, and the dashboard counts it', async () => {
    const wall = await as(rig, null, '/board');
    await waitLive(wall.page);
    const lamp = wall.page.getByTestId('lamp').filter({ hasText: BOOK.ref });
    const lampIs = (colour: string) =>
      wall.page.locator(`[data-testid=lamp][data-colour=${colour}]`).filter({ hasText: BOOK.ref }).waitFor();

    // Xiao Lin logs two customers' complaints and pulls the cord.
    const lin = await as(rig, 'xiao.lin', '/desk');
    await logComplaint(lin.page, 'C-10231', '书页没有裁开，中间好几页连在一起。', 'O-88120');
    await logComplaint(lin.page, 'C-20987', 'The pages were never cut.', 'O-90344');
    await lin.page.getByRole('button', { name: 'Pull the cord' }).click();
    await lin.page.getByRole('dialog').getByRole('button', { name: 'Pull the cord' }).click();
    const roomLink = lin.page.getByTestId('pulled').getByRole('link', { name: 'Open the andon room' });
    const roomPath = (await roomLink.getAttribute('href'))!;
    await lampIs('red');

    // The supplier manager acknowledges the inspection in her team's queue: the lamp turns amber.
    const fang = await as(rig, 'wang.fang', '/queues');
    const inQueue = fang.page.getByTestId('team-orders').locator('[data-type=supplier_inspection]');
    await inQueue.getByRole('button', { name: /Acknowledge/ }).click();
    await fang.page.getByTestId('team-orders').locator('[data-status=acknowledged]').first().waitFor();
    await lampIs('amber');
    expect(await lamp.textContent()).toContain('CN¥1.25m a month');

    // … and records the inspection: lot 2024-07, batch-wide, returned. Containment is done.
    await inQueue.getByRole('link', { name: BOOK.name }).click();
    await recordInspection(fang.page);
    await roomState(fang.page, 'contained');
    await fang.page.locator('[data-step=containment][data-done=true]').waitFor();
    expect(await fang.page.locator('.steps-summary').textContent()).toBe(
      'Still missing before relisting: Root cause, Rectification, Acceptance.',
    );
    expect(await fang.page.getByRole('button', { name: 'Relist the target' }).isDisabled()).toBe(true);
    expect(
      await orderCard(fang.page, 'supplier_inspection').getByTestId('order-record').textContent(),
    ).toContain('Return the whole batch');
    await screenshot(fang.page, 'story-room-contained-en');

    // The supplier portal shows Everbright Press its own work, and no one else's.
    await fang.page.goto(`${rig.server.url}/supplier`);
    await fang.page.getByLabel('Organisation').selectOption({ label: 'Everbright Press / 光明出版社' });
    await fang.page.getByLabel('Show finished work too').check();
    const portal = fang.page.getByTestId('supplier-orders');
    await portal.getByTestId('work-order').first().waitFor();
    expect(await portal.getByTestId('work-order').count()).toBe(1);
    expect(await portal.textContent()).toContain('Return the whole batch');
    await fang.page.getByLabel('Organisation').selectOption({ label: 'Other Printer / 别的印刷厂' });
    await fang.page.getByText('Nothing open here.').waitFor();

    // Quality, in Chinese: the overdue root cause escalates to qa.zhou, live, in the queue.
    const zhou = await as(rig, 'qa.zhou', '/queues', { locale: 'zh-CN' });
    await waitLive(zhou.page);
    const andonId = roomPath.split('/').pop()!;
    const detail = await apiCall(rig.server, 'GET', `/andons/${andonId}`);
    const rootCause = detail.workOrders.find((o: { type: string }) => o.type === 'root_cause');
    await apiCall(rig.server, 'PATCH', `/work-orders/${rootCause.id}`, {
      assignee: 'qa.zhou',
      dueAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await apiCall(rig.server, 'POST', '/escalation/run');
    await zhou.page.getByTestId('unread-count').waitFor();
    const notice = zhou.page.getByTestId('notification').first();
    expect(await notice.textContent()).toContain('根因');
    await zhou.page.getByTestId('my-orders').locator('[data-testid=sla][data-overdue=true]').waitFor();
    await screenshot(zhou.page, 'story-queue-escalated-zh-CN');
    await notice.getByRole('button', { name: '标为已读' }).click();
    await zhou.page.getByTestId('unread-count').waitFor({ state: 'detached' });

    // … asks why until the cause is a process; blame is refused, in Chinese, at its fields.
    await zhou.page.getByTestId('my-orders').getByRole('link', { name: BOOK.name }).click();
    const { refusal } = await writeFiveWhys(zhou.page);
    expect(refusal).toEqual(
      expect.arrayContaining([
        expect.stringContaining('单纯的“人为失误”不是根因'),
        expect.stringContaining('流程层面'),
        expect.stringContaining('预防措施'),
      ]),
    );
    await roomState(zhou.page, 'root_caused');
    await zhou.page.getByRole('heading', { name: '纠正和预防措施（2）' }).waitFor();
    expect(await orderCard(zhou.page, 'root_cause').getByTestId('order-record').textContent()).toContain(
      '为什么书页没有裁开？',
    );
    await screenshot(zhou.page, 'story-room-root-caused-zh-CN');

    // The corrective action is done, and the fix recorded, by the supplier manager.
    await fang.page.goto(`${rig.server.url}${roomPath}`);
    const action = orderCard(fang.page, 'corrective_action', 'Reprint lot 2024-07');
    await action.getByRole('button', { name: 'Mark done' }).click();
    await action
      .getByLabel('What was done')
      .fill('Lot 2024-07 reprinted; every block fanned at the printer.');
    await action.getByRole('form').getByRole('button', { name: 'Mark done' }).click();
    await action
      .locator('[data-status=done]')
      .or(action.and(fang.page.locator('[data-status=done]')))
      .waitFor();
    await fang.page.locator('[data-step=corrective_actions][data-done=true]').waitFor();
    const fix = fang.page.getByRole('form', { name: 'Rectification' });
    await fix
      .getByLabel('What was fixed')
      .fill('The printer added a page-block check; receiving fans ten copies per lot.');
    await fix.getByLabel('Evidence of the fix').fill('Printer checklist v4; receiving SOP WH-12 rev. 5');
    await fix
      .getByLabel('Acceptance criteria')
      .fill('New stock has no uncut pages\nReceiving SOP WH-12 has the check');
    await fix.getByRole('button', { name: 'Record the rectification' }).click();
    await roomState(fang.page, 'awaiting_acceptance');

    // Whoever made the fix may not accept it; a verifier who did not make it does.
    const accept = async (w: Watched) => {
      const card = orderCard(w.page, 'acceptance');
      await card.getByRole('button', { name: 'Record the acceptance' }).click();
      await card.getByLabel('Met: New stock has no uncut pages').check();
      await card.getByLabel('Met: Receiving SOP WH-12 has the check').check();
      await card.getByLabel('How it was checked').fill('Opened 40 copies of the new stock: every page cut.');
      await card.getByRole('button', { name: 'Record: pass' }).click();
      return card;
    };
    const refused = await accept(fang);
    await refused.getByRole('alert').getByText('independent', { exact: false }).waitFor();
    const li = await as(rig, 'li.yan', roomPath);
    await accept(li);
    await li.page.getByText('Nothing is missing: the target may be relisted.').waitFor();

    // The manager reviews the pull (valid: Xiao Lin's reward is granted) and relists the book.
    const zhao = await as(rig, 'manager.zhao', roomPath);
    await zhao.page.getByTestId('review').getByRole('button', { name: 'Record the review' }).click();
    await zhao.page.getByTestId('review-status').getByText('Valid (by manager.zhao)').waitFor();
    await zhao.page.getByText('CN¥50.00 for xiao.lin · granted').waitFor();
    await zhao.page.getByRole('button', { name: 'Relist the target' }).click();
    await roomState(zhao.page, 'relisted');
    await zhao.page.locator('.room-header').getByText('On sale').waitFor();
    await screenshot(zhao.page, 'story-room-relisted-en');

    // The wall's lamp turns green, live.
    await lampIs('green');
    expect(await lamp.textContent()).toContain('Relisted');
    await screenshot(wall.page, 'story-board-green-en');

    // The dashboard counts it, and its figures download as CSV.
    await zhao.page.getByRole('link', { name: 'Dashboard' }).click();
    const tiles = zhao.page.getByTestId('tiles');
    await tiles.getByText('Relist rate').waitFor();
    expect(await tiles.textContent()).toContain('Pulls1');
    expect(await tiles.textContent()).toContain('Relist rate100%');
    const bad = zhao.page.locator('[data-figure=bad-andon-rate]');
    await bad.getByText('Show the figures as a table').click();
    expect(await bad.locator('tbody tr').first().textContent()).toBe(
      'manager.zhao (Customer service team 1 / 客服一组)100%',
    );
    const [download] = await Promise.all([
      zhao.page.waitForEvent('download'),
      bad.getByRole('button', { name: 'Download “Bad-andon rate by manager” as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^andon-bad-andon-rate-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(
      '\uFEFFManager (team),Pulls,Invalid,Rate\r\nmanager.zhao (Customer service team 1 / 客服一组),1,0,0\r\n',
    );
    const lead = zhao.page.locator('[data-figure=lead-times]');
    await lead.getByText('Show the figures as a table').click();
    expect(await lead.locator('tbody').textContent()).toContain('Pull → relist');
    await zhao.page.locator('[data-figure=bad-andon-rate] [data-testid=chart] svg').waitFor();
    await screenshot(zhao.page, 'story-dashboard-en');

    for (const w of people) {
      expect(w.dialogs).toEqual([]);
      // A refused request (the verifier who made the fix) is logged by the browser as a failed load.
      expect(w.errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    }
  });
});
