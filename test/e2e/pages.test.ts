import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startWebRig, type WebRig } from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';
import { seedLifecycle } from '#test/helpers/web-lifecycle-seed.ts';
import { personAt } from '#test/helpers/web-people.ts';
import { STORY_BOOK } from '#test/helpers/web-story.ts';

/** A page, how to know it has loaded, and what to open first (a form, a table). */
interface Visit {
  name: string;
  path: (ids: { book: string }) => string;
  ready: (page: Page) => Promise<unknown>;
  open?: (page: Page, zh: boolean) => Promise<unknown>;
}

const visits: Visit[] = [
  {
    name: 'board-lifecycle',
    path: () => '/board',
    ready: (p) => p.locator('[data-testid=lamp][data-colour=green]').waitFor(),
  },
  {
    name: 'andon-room-records',
    path: ({ book }) => `/andons/${book}`,
    ready: (p) => p.locator('[data-testid=order-record]').first().waitFor(),
    open: async (p, zh) => {
      await p.locator('[data-type=supplier_inspection] details.thread summary').click();
      await p.getByTestId('comments').getByText('Printer confirmed').waitFor();
      await p
        .getByRole('button', { name: zh ? '标记为完成' : 'Mark done' })
        .first()
        .click();
    },
  },
  {
    name: 'five-whys-editor',
    path: () => '/queues',
    ready: (p) => p.getByTestId('my-orders').locator('[data-type=root_cause]').waitFor(),
    open: async (p, zh) => {
      await p.getByTestId('my-orders').locator('[data-type=root_cause] a').click();
      await p.getByRole('button', { name: zh ? '记录五个为什么' : 'Record the five whys' }).click();
      await p.getByRole('button', { name: zh ? '记录检查结果' : 'Record the inspection' }).click();
      await p.getByTestId('analysis-check').waitFor();
    },
  },
  {
    name: 'queues',
    path: () => '/queues',
    ready: (p) => p.getByTestId('notification').first().waitFor(),
  },
  {
    name: 'supplier-portal',
    path: () => '/supplier',
    ready: (p) => p.getByRole('heading', { level: 1 }).waitFor(),
    open: async (p, zh) => {
      await p
        .getByLabel(zh ? '机构' : 'Organisation')
        .selectOption({ label: 'Everbright Press / 光明出版社' });
      await p.getByLabel(zh ? '同时显示已完成的工单' : 'Show finished work too').check();
      await p.getByTestId('supplier-orders').getByTestId('work-order').first().waitFor();
    },
  },
  {
    name: 'dashboard',
    path: () => '/dashboard',
    ready: (p) => p.locator('[data-figure=scorecards] [data-testid=chart] svg').waitFor(),
    open: (p) => p.locator('[data-figure=bad-andon-rate] details summary').click(),
  },
  {
    name: 'settings-rules',
    path: () => '/settings/rules',
    ready: (p) => p.getByTestId('rules').locator('tbody tr').first().waitFor(),
  },
  {
    name: 'settings-problems',
    path: () => '/settings/issue-codes',
    ready: (p) => p.getByTestId('issue-codes').getByText('pages_not_cut').waitFor(),
  },
  {
    name: 'settings-teams',
    path: () => '/settings/teams',
    ready: (p) => p.getByTestId('team').getByText('xiao.lin').waitFor(),
  },
  {
    name: 'settings-matching',
    path: () => '/settings/matching',
    ready: (p) => p.getByTestId('terms').waitFor({ state: 'attached' }),
  },
  {
    name: 'settings-system',
    path: () => '/settings/system',
    ready: (p) => p.locator('input[type=number]').first().waitFor(),
  },
];

/** Every main page of the lifecycle in both languages: it renders, reads well (WCAG AA), and fits a phone. */
describe('the lifecycle pages in both languages', { timeout: 120_000 }, () => {
  let rig: WebRig;
  let ids: { book: string };
  beforeAll(async () => {
    rig = await startWebRig();
    ids = { book: (await seedLifecycle(rig.server)).bookAndonId };
  });
  afterAll(() => rig?.close());

  it.each([
    ['en', 'en-GB'],
    ['zh-CN', 'zh-CN'],
  ])('shows each page in %s with AA contrast, and a screenshot of it', async (lang, locale) => {
    const { page, errors, dialogs } = await personAt(rig, 'qa.zhou', '/board', { locale });
    const failures: Record<string, string[]> = {};
    for (const visit of visits) {
      await page.goto(`${rig.server.url}${visit.path(ids)}`);
      await visit.ready(page);
      await visit.open?.(page, lang === 'zh-CN');
      expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
      await screenshot(page, `${visit.name}-${lang}`);
      const found = await contrastFailures(page);
      if (found.length) failures[visit.name] = found;
    }
    expect(failures).toEqual({});
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone: the andon room, the queue, the dashboard and settings', async () => {
    const { page, errors } = await personAt(rig, 'qa.zhou', '/queues', { width: 390, height: 844 });
    const overflow = () => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    for (const visit of visits.filter((v) =>
      ['andon-room-records', 'queues', 'dashboard', 'settings-rules'].includes(v.name),
    )) {
      await page.goto(`${rig.server.url}${visit.path(ids)}`);
      await visit.ready(page);
      expect(await overflow(), visit.name).toBeLessThanOrEqual(0);
      await screenshot(page, `${visit.name}-phone-en`);
    }
    expect(await page.getByText(STORY_BOOK.name).count()).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
