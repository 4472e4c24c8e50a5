import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, screenshot, startWebRig, watchedPage, type WebRig } from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';
import { personAt } from '#test/helpers/web-people.ts';
import { openStep, waitSaved } from '#test/helpers/web-studio.ts';

const up = (factor: string) => ({ factor, movement: 'up', note: '' });
const down = (factor: string) => ({ factor, movement: 'down', note: '' });
/** The seed's cases, as a reader would record them (Chinese titles read well in both languages' screenshots). */
const cases = [
  { kind: 'business', title: '开放第三方卖家 Marketplace', description: '卖家增多，选品更丰富', period: { start: '2000', end: '2003' }, outcome: 'success', factors: [up('sellers'), up('selection'), up('traffic'), up('customer_experience')] },
  { kind: 'product', title: 'Free shipping threshold 免运费', description: '', period: { start: '2002', end: null }, outcome: 'success', factors: [up('lower_prices'), up('customer_experience'), up('traffic')] },
  { kind: 'business', title: 'Auctions 拍卖', description: 'Closed after two years', period: { start: '1999', end: '2001' }, outcome: 'failure', factors: [down('traffic'), down('sellers'), { factor: 'convenience', movement: 'absent', note: '' }] },
];

/** Every page of the studio, from Amazon's template, in both languages: it renders, reads well (AA), and a screenshot of it. */
describe('the flywheel studio’s pages in both languages', { timeout: 180_000 }, () => {
  let rig: WebRig;
  beforeAll(async () => {
    rig = await startWebRig();
  });
  afterAll(() => rig?.close());

  it.each([
    ['en', 'en-GB', "From Amazon's flywheel", "Amazon's flywheel"],
    ['zh-CN', 'zh-CN', '从亚马逊增长飞轮开始', '亚马逊增长飞轮'],
  ] as const)('shows each step in %s with AA contrast', async (lang, locale, start, name) => {
    const { page, errors, dialogs } = await personAt(rig, 'director.sun', '/studio', { locale });
    await page.getByRole('button', { name: start }).click();
    await page.getByTestId('loop-step').waitFor();
    const id = new URL(page.url()).pathname.split('/')[2]!;
    for (const [i, c] of cases.entries()) await apiCall(rig.server, 'PUT', `/flywheels/${id}/cases/case-${i}`, { id: `case-${i}`, ...c });
    await apiCall(rig.server, 'POST', `/flywheels/${id}/versions`, { note: lang === 'en' ? 'as the seed tells it' : '按种子讲述的版本' });
    await apiCall(rig.server, 'POST', `/flywheels/${id}/share`, {});
    await page.reload();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
    await page.locator('.react-flow__node[data-id="selection_convenience"]').waitFor();
    expect(await page.locator('.react-flow__node[data-id]').count()).toBe(7); // six components and the centre

    const failures: Record<string, string[]> = {};
    for (const step of ['cases', 'discovery', 'loop', 'replay', 'simulation', 'share'] as const) {
      await openStep(page, step, lang);
      if (step === 'simulation') await page.getByTestId('sim-chart-growth').locator('svg').waitFor();
      if (step === 'loop') await page.locator('[data-testid=checks][data-source=server]').waitFor();
      await waitSaved(page);
      await screenshot(page, `studio-${step}-${lang}`);
      const found = await contrastFailures(page);
      if (found.length) failures[step] = found;
      if (step === 'cases') {
        // The case form, open, with a factor row.
        const zh = lang === 'zh-CN';
        await page.getByRole('button', { name: zh ? '添加案例' : 'Add a case' }).click();
        await page.getByTestId('case-form').getByRole('button', { name: zh ? '添加因素' : 'Add a factor' }).click();
        await screenshot(page, `studio-case-form-${lang}`);
        const inForm = await contrastFailures(page);
        if (inForm.length) failures['case-form'] = inForm;
        await page.getByTestId('case-form').getByRole('button', { name: zh ? '取消' : 'Cancel' }).click();
      }
    }
    // The two reinforcing loops of the seed's wheel, in the reader's language.
    await openStep(page, 'loop', lang);
    expect(await page.getByTestId('loops').locator('li').count()).toBe(2);
    if (lang === 'zh-CN') await page.getByTestId('checks').getByText(/主回路（用户体验 → 流量 → 卖家 → 低成本结构 → 更低的价格 → 用户体验）是增强回路/).waitFor();

    const link = (await apiCall(rig.server, 'GET', `/flywheels/${id}`)).shareToken as string;
    const stranger = await watchedPage(await rig.browser.newContext({ locale, viewport: { width: 1280, height: 900 } }));
    await stranger.page.goto(`${rig.server.url}/shared/flywheels/${link}`);
    await stranger.page.getByRole('heading', { level: 1, name }).waitFor();
    await screenshot(stranger.page, `studio-shared-${lang}`);
    const shared = await contrastFailures(stranger.page);
    if (shared.length) failures['shared'] = shared;
    expect(stranger.errors).toEqual([]);
    await stranger.page.context().close();

    expect(failures).toEqual({});
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone: the list, the cases and the replay grid scroll within themselves', async () => {
    const { page, errors } = await personAt(rig, 'director.sun', '/studio', { width: 390, height: 844 });
    await page.getByTestId('flywheels').waitFor();
    const overflow = () => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'studio-list-phone-en');
    await page.getByTestId('flywheel').first().getByRole('link').click();
    for (const step of ['cases', 'replay', 'loop'] as const) {
      await openStep(page, step);
      expect(await overflow(), step).toBeLessThanOrEqual(0);
      await screenshot(page, `studio-${step}-phone-en`);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
