import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall,
  E2E_PASSWORD,
  ensurePerson,
  screenshot,
  startWebRig,
  type Watched,
  type WebRig,
} from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';
import { seedLifecycle } from '#test/helpers/web-lifecycle-seed.ts';
import { personAt } from '#test/helpers/web-people.ts';
import { STORY_BOOK } from '#test/helpers/web-story.ts';

/** The pages the top bar offers, by address, in order. */
const navOf = (page: Page) =>
  page.locator('.topbar nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

const noAccess = (page: Page, lang: 'en' | 'zh-CN' = 'en') =>
  page
    .getByRole('heading', {
      level: 1,
      name: lang === 'en' ? 'You don’t have access to this page' : '你没有权限访问这个页面',
    })
    .waitFor();

/** How many buttons (or links) with this name the page shows. */
const count = (page: Page, name: string | RegExp) =>
  page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name }).count();

/**
 * Each role is offered only what it may do: its pages in the top bar, a plain "no access" page for
 * an address outside its grants, and in each page only the controls whose calls it may make. The top
 * bar fits one line at 1280 px with every page in it.
 */
describe('the web app as each role sees it', { timeout: 180_000 }, () => {
  let rig: WebRig;
  let book: string;
  let kettle: string;
  let flywheel: string;
  const opened: Watched[] = [];
  const as = async (...args: Parameters<typeof personAt>) => {
    const w = await personAt(...args);
    opened.push(w);
    return w;
  };

  beforeAll(async () => {
    rig = await startWebRig();
    book = (await seedLifecycle(rig.server)).bookAndonId;
    const kettleTarget = (await apiCall(rig.server, 'GET', '/targets?q=KETTLE-1701')).items[0].id;
    kettle = (await apiCall(rig.server, 'GET', `/andons?targetId=${kettleTarget}&open=true`)).items[0].id;
    flywheel = (await apiCall(rig.server, 'POST', '/flywheels', { template: 'amazon' })).id;
    const press = (await apiCall(rig.server, 'GET', '/organisations')).items.find((o: { name: string }) =>
      o.name.startsWith('Everbright'),
    ).id;
    // Everbright Press's own account manager: a supplier user, who sees only the press's work.
    const res = await fetch(`${rig.server.url}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...rig.admin },
      body: JSON.stringify({
        ref: 'press.fang',
        email: 'press.fang@andon.test',
        name: 'press.fang',
        role: 'supplier',
        organisationId: press,
        password: E2E_PASSWORD,
      }),
    });
    if (!res.ok) throw new Error(`add the supplier user: ${res.status} ${await res.text()}`);
    await ensurePerson(rig, 'root.admin', 'admin');
  });
  afterAll(async () => {
    for (const w of opened) await w.page.context().close();
    await rig?.close();
  });

  it('lets a viewer look at everything and change nothing', async () => {
    const { page, errors, dialogs } = await as(rig, null, '/board');
    await page.getByRole('heading', { level: 1, name: 'Lamp board' }).waitFor();
    expect(await navOf(page)).toEqual(['/board', '/queues', '/dashboard', '/studio', '/settings', '/csv']);

    // The book's room: what is missing is shown; no review, relist, retire or record button.
    await page.goto(`${rig.server.url}/andons/${book}`);
    await page.getByTestId('next-steps').waitFor();
    await page.getByTestId('work-order').first().waitFor();
    expect(await count(page, 'Relist the target')).toBe(0);
    expect(await count(page, /Retire/)).toBe(0);
    expect(await page.getByTestId('review').count()).toBe(0);
    expect(await count(page, 'Mark done')).toBe(0);
    expect(await count(page, 'Record the acceptance')).toBe(0);
    // Look-alike complaints are there to read; confirming one is for those who record complaints.
    await page.getByTestId('similar-match').first().waitFor();
    expect(await count(page, /^(Same problem|Not the same problem) as customer/)).toBe(0);
    // A work order's comments are there to read, without the form to add one.
    await page.locator('[data-type=supplier_inspection] details.thread summary').click();
    await page.getByTestId('comments').getByText('Printer confirmed').waitFor();
    expect(await count(page, 'Comment')).toBe(0);
    await screenshot(page, 'roles-viewer-room-en');

    // The kettle's root cause is open: the five whys are quality's to write.
    await page.goto(`${rig.server.url}/andons/${kettle}`);
    await page.locator('[data-testid=work-order][data-type=root_cause]').waitFor();
    expect(await count(page, 'Record the five whys')).toBe(0);
    expect(await count(page, 'Record the inspection')).toBe(0);
    expect(await count(page, 'Acknowledge')).toBe(0);

    // The studio: read-only, with the simulation to try.
    await page.goto(`${rig.server.url}/studio`);
    await page.getByTestId('read-only').waitFor();
    expect(await count(page, /Amazon/)).toBe(0);
    await page.goto(`${rig.server.url}/studio/${flywheel}/loop`);
    await page.getByTestId('read-only').getByText('View only').waitFor();
    await page.getByTestId('link-row').first().waitFor();
    expect(await page.getByTestId('components-editor').getByRole('textbox').count()).toBe(0);
    expect(await page.getByTestId('link-row').first().locator('input').first().isDisabled()).toBe(true);
    expect(await page.getByTestId('save-status').count()).toBe(0);
    await screenshot(page, 'roles-viewer-studio-loop-en');
    await page.goto(`${rig.server.url}/studio/${flywheel}/replay`);
    await page.getByTestId('replay-step').waitFor();
    expect(await count(page, 'Save as version')).toBe(0);

    // An address outside the viewer's grants: the access page, in the reader's language.
    await page.goto(`${rig.server.url}/supplier`);
    await noAccess(page);
    await page.getByText('Your role (viewer) does not include what this page is for.').waitFor();
    await screenshot(page, 'roles-viewer-no-access-en');
    expect(await contrastFailures(page)).toEqual([]);
    await page.getByLabel('Language').selectOption('zh-CN');
    await noAccess(page, 'zh-CN');
    await page.getByText('你的角色（只读）不包含这个页面的用途。').waitFor();
    await page.getByRole('link', { name: '去按灯看板' }).click();
    await page.getByRole('heading', { level: 1, name: '按灯看板' }).waitFor();
    await page.getByLabel('语言').selectOption('en');

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows an agent the settings read-only, and imports only complaints', async () => {
    const { page, errors } = await as(rig, 'xiao.lin', '/settings/rules');
    await page.getByTestId('rules').locator('tbody tr').first().waitFor();
    expect(await navOf(page)).toEqual([
      '/board',
      '/desk',
      '/queues',
      '/dashboard',
      '/studio',
      '/settings',
      '/csv',
    ]);
    await page.getByTestId('read-only').waitFor();
    expect(await count(page, /^Edit/)).toBe(0);
    expect(await count(page, 'Add a rule')).toBe(0);

    await page.goto(`${rig.server.url}/settings/issue-codes`);
    await page.getByTestId('issue-codes').getByText('pages_not_cut').waitFor();
    expect(await count(page, /^Edit/)).toBe(0);

    await page.goto(`${rig.server.url}/settings/teams`);
    await page.getByTestId('team').getByText('xiao.lin').waitFor();
    expect(await count(page, /Save/)).toBe(0);
    expect(await count(page, 'Create a team')).toBe(0);
    expect(await count(page, /Remove/)).toBe(0);

    await page.goto(`${rig.server.url}/settings/matching`);
    await page.getByTestId('terms').waitFor({ state: 'attached' });
    expect(await count(page, /Save/)).toBe(0);

    await page.goto(`${rig.server.url}/settings/system`);
    const minWhys = page.locator('input[type=number]').first();
    await minWhys.waitFor();
    expect(await minWhys.isDisabled()).toBe(true);
    expect(await minWhys.inputValue()).toBe('5');
    expect(await count(page, 'Save')).toBe(0);
    await screenshot(page, 'roles-agent-settings-system-en');
    expect(await contrastFailures(page)).toEqual([]);

    await page.goto(`${rig.server.url}/csv`);
    await page.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    expect(await page.locator('.csv-exports a').count()).toBe(3);
    expect(
      await page.locator('form select option').evaluateAll((o) => o.map((x) => x.getAttribute('value'))),
    ).toEqual(['complaints']);

    await page.goto(`${rig.server.url}/supplier`);
    await noAccess(page);
    expect(errors).toEqual([]);
  });

  it('gives a supplier user only the supplier portal, with its own work', async () => {
    const { page, errors } = await as(rig, 'press.fang', '/');
    await page.getByRole('heading', { level: 1, name: 'Supplier portal' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/supplier');
    expect(await navOf(page)).toEqual(['/supplier']);
    expect(await page.getByLabel('Organisation').count()).toBe(0);
    expect(await page.getByTestId('live-status').count()).toBe(0);
    await page.getByText('Nothing open here.').waitFor();
    await page.getByLabel('Show finished work too').check();
    const portal = page.getByTestId('supplier-orders');
    await portal.getByTestId('work-order').first().waitFor();
    expect(await portal.getByTestId('work-order').count()).toBe(1);
    expect(await portal.textContent()).toContain(STORY_BOOK.name);
    // Its comments are the supplier's to read and add to; the audit history is not.
    await portal.locator('details.thread summary').click();
    await portal.getByTestId('comments').getByText('Printer confirmed').waitFor();
    expect(await count(page, 'Comment')).toBe(1);
    expect(await portal.getByRole('heading', { name: 'History', exact: true }).count()).toBe(0);
    await screenshot(page, 'roles-supplier-portal-en');
    expect(await contrastFailures(page)).toEqual([]);

    // The lamp board and an andon room read across organisations: not the supplier's.
    for (const path of ['/board', `/andons/${book}`, '/queues', '/settings/rules', '/desk']) {
      await page.goto(`${rig.server.url}${path}`);
      await noAccess(page);
    }
    await page.getByText('Your role (supplier) does not include what this page is for.').waitFor();
    await screenshot(page, 'roles-supplier-no-access-en');
    await page.getByRole('link', { name: 'Go to Supplier portal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Supplier portal' }).waitFor();
    // Nothing the page asked for was refused (no 403 in the console).
    expect(errors).toEqual([]);
  });

  it('lets quality write the five whys but not review or relist', async () => {
    const { page, errors } = await as(rig, 'qa.zhou', `/andons/${kettle}`);
    await page.locator('[data-testid=work-order][data-type=root_cause]').waitFor();
    expect(await navOf(page)).toEqual([
      '/board',
      '/desk',
      '/queues',
      '/supplier',
      '/dashboard',
      '/studio',
      '/settings',
      '/csv',
    ]);
    expect(await count(page, 'Record the five whys')).toBe(1);
    expect(await count(page, 'Relist the target')).toBe(0);
    expect(await page.getByTestId('review').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lets a manager review and relist, and edit the flywheel', async () => {
    const { page, errors } = await as(rig, 'manager.zhao', `/andons/${book}`);
    await page.getByTestId('review').getByRole('button', { name: 'Record the review' }).waitFor();
    expect(await count(page, 'Relist the target')).toBe(1);
    expect(await count(page, /Retire/)).toBe(1);
    expect(await count(page, 'Record the five whys')).toBe(0);
    expect(await navOf(page)).toEqual([
      '/board',
      '/desk',
      '/queues',
      '/dashboard',
      '/studio',
      '/settings',
      '/csv',
    ]);
    expect(await count(page, /^Same problem as customer/)).toBeGreaterThan(0);
    await screenshot(page, 'roles-manager-room-en');
    await page.goto(`${rig.server.url}/studio/${flywheel}/loop`);
    await page.getByTestId('components-editor').getByRole('button', { name: 'Add' }).waitFor();
    expect(await page.getByTestId('read-only').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('fits the top bar on one line at 1280 px with every page in it, and stays tidy narrower and in Chinese', async () => {
    const { page } = await as(rig, 'root.admin', '/board');
    await page.getByRole('heading', { level: 1, name: 'Lamp board' }).waitFor();
    expect(await navOf(page)).toHaveLength(8);
    // Each piece's vertical centre: one line means they all sit within a few pixels of each other.
    const layoutScript = `(() => {
      const centres = [...document.querySelectorAll('.topbar nav li, .topbar .brand, .topbar-tools > *')]
        .map((e) => { const b = e.getBoundingClientRect(); return b.top + b.height / 2; });
      return {
        height: document.querySelector('.topbar').getBoundingClientRect().height,
        spread: Math.max(...centres) - Math.min(...centres),
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    })()`;
    const layout = () => page.evaluate<{ height: number; spread: number; overflow: number }>(layoutScript);
    const one = await layout();
    expect(one.spread, JSON.stringify(one)).toBeLessThan(8);
    expect(one.height).toBeLessThan(64);
    await screenshot(page, 'roles-topbar-admin-1280-en');

    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { level: 1, name: '按灯看板' }).waitFor();
    const zh = await layout();
    expect(zh.spread, JSON.stringify(zh)).toBeLessThan(8);
    await screenshot(page, 'roles-topbar-admin-1280-zh-CN');

    await page.setViewportSize({ width: 1024, height: 768 });
    expect((await layout()).overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'roles-topbar-admin-1024-zh-CN');
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Lamp board' }).waitFor();
    expect((await layout()).overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'roles-topbar-admin-1024-en');
    expect(await contrastFailures(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect((await layout()).overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'roles-topbar-admin-phone-en');
  });
});
