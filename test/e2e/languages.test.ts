import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personContext, screenshot, startWebRig, watchedPage, type WebRig } from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';
import { SEED_BOOK_REF as BOOK_REF, seedBoard } from '#test/helpers/web-seed.ts';

/** Milliseconds from navigation start until the first lamp was in the page (recorded by the page itself). */
const firstLampScript = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=lamp]')) {
      window.__firstLampAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** The desk with the book and its problem chosen: the repeat evidence showing. */
async function deskWithEvidence(page: Page, target: string, search: string, problem: string) {
  const box = page.getByRole('combobox', { name: target });
  await box.fill(search);
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  // Keyboard, as an agent in a hurry: down to the first match, Enter to take it.
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
  await page.getByTestId('target-chosen').waitFor();
  await page.getByLabel(problem).selectOption('pages_not_cut');
  await page.getByTestId('evidence').getByTestId('complaint').first().waitFor();
}

describe('both languages, every page', { timeout: 60_000 }, () => {
  let rig: WebRig;
  beforeAll(async () => {
    rig = await startWebRig();
    await seedBoard(rig.server);
  });
  afterAll(() => rig?.close());

  it('defaults to the browser’s language, switches, remembers the choice, and localises dates and money', async () => {
    const context = await personContext(rig, 'xiao.lin', {
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: 900 },
    });
    await context.addInitScript(firstLampScript);
    const { page, errors, dialogs } = await watchedPage(context);

    await page.goto(`${rig.server.url}/board`);
    await page.getByRole('heading', { level: 1, name: '按灯看板' }).waitFor();
    await page.getByTestId('lamp').first().waitFor();
    const renderedAt = await page.evaluate<number>('window.__firstLampAt');
    console.log(`[e2e] the board's first lamp rendered ${Math.round(renderedAt)} ms after navigation start`);
    expect(renderedAt).toBeLessThan(1000);
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    const book = page.getByTestId('lamp').filter({ hasText: BOOK_REF });
    expect(await book.textContent()).toContain('每月 ¥125万');
    expect(await book.textContent()).toContain('书页未裁开');
    await screenshot(page, 'board-zh-CN');
    expect(await contrastFailures(page), 'board-zh-CN').toEqual([]);

    await book.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: '工单' }).waitFor();
    await page.getByTestId('timeline').getByText('对象已下架').waitFor();
    expect(await page.getByTestId('work-order').first().textContent()).toContain('供应商检查');
    expect(await page.locator('.room-header').textContent()).toContain('¥1,250,000.00');
    await screenshot(page, 'andon-room-zh-CN');
    expect(await contrastFailures(page), 'andon-room-zh-CN').toEqual([]);

    // Switch on the andon room: the page, the API's own words (work orders) and <html lang> follow.
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Work orders' }).waitFor();
    await page.getByTestId('work-order').getByText('Supplier inspection: check all stock').waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await page.locator('.room-header').textContent()).toContain('CN¥1,250,000.00');
    await screenshot(page, 'andon-room-en');
    expect(await contrastFailures(page), 'andon-room-en').toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Work orders' }).waitFor();
    await page.getByRole('link', { name: 'Lamp board' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lamp board' }).waitFor();
    await page.getByTestId('lamp').filter({ hasText: BOOK_REF }).getByText('CN¥1.25M a month').waitFor();
    await screenshot(page, 'board-en');
    expect(await contrastFailures(page), 'board-en').toEqual([]);

    await page.getByRole('link', { name: 'Agent desk' }).click();
    await deskWithEvidence(page, 'Target', '石头记', 'Problem');
    await page.getByText('The cord is already pulled for this target and problem.').waitFor();
    await screenshot(page, 'desk-en');
    expect(await contrastFailures(page), 'desk-en').toEqual([]);

    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { level: 1, name: '客服工作台' }).waitFor();
    await page.getByText('该对象的这个问题已经按灯。').waitFor();
    await page.getByTestId('my-pulls').getByText('待发放').first().waitFor();
    await screenshot(page, 'desk-zh-CN');
    expect(await contrastFailures(page), 'desk-zh-CN').toEqual([]);

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes an English browser to English, and fits a phone', async () => {
    const context = await personContext(rig, 'xiao.lin', {
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const { page, errors } = await watchedPage(context);
    await page.goto(`${rig.server.url}/board`);
    await page.getByRole('heading', { level: 1, name: 'Lamp board' }).waitFor();
    await page.getByTestId('lamp').first().waitFor();
    const overflow = () => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'board-phone-en');
    expect(await contrastFailures(page), 'board-phone-en').toEqual([]);
    await page.goto(`${rig.server.url}/desk`);
    await deskWithEvidence(page, 'Target', 'Stone', 'Problem');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'desk-phone-en');
    expect(await contrastFailures(page), 'desk-phone-en').toEqual([]);
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.goto(`${rig.server.url}/board`);
    await page.getByRole('heading', { level: 1, name: '按灯看板' }).waitFor();
    await page.getByTestId('lamp').first().waitFor();
    await screenshot(page, 'board-phone-zh-CN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the office wall without the app frame', async () => {
    const context = await personContext(rig, null, {
      locale: 'zh-CN',
      viewport: { width: 1920, height: 1080 },
    });
    const { page } = await watchedPage(context);
    await page.goto(`${rig.server.url}/board?wall`);
    await page.getByTestId('lamp').first().waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await screenshot(page, 'board-wall-zh-CN');
    expect(await contrastFailures(page), 'board-wall-zh-CN').toEqual([]);
    await context.close();
  });
});
