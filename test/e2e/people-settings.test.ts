import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, E2E_PASSWORD, ensurePerson, screenshot, startWebRig, watchedPage, type WebRig } from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';
import { personAt } from '#test/helpers/web-people.ts';

const TARGET = 'SKU-PEOPLE-1';

/** Signs in on the sign-in page (the browser's own context, no session yet). */
async function signInAt(rig: WebRig, context: BrowserContext, email: string, password: string): Promise<Page> {
  const { page } = await watchedPage(context);
  await page.goto(`${rig.server.url}/board`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

const statusWith = (rig: WebRig, token: string) =>
  fetch(`${rig.server.url}/api/v1/status/${TARGET}`, { headers: { authorization: `Bearer ${token}` } });

/**
 * The admin's Users and API tokens settings in Chromium: a person added, signing in with the
 * temporary password, their role changed, disabled (sign-in refused); a token issued with one scope,
 * its secret read once and used, then revoked (401); both pages in both languages, AA contrast, on a
 * laptop and a phone; and a manager sees neither tab.
 */
describe('the Users and API tokens settings', { timeout: 180_000 }, () => {
  let rig: WebRig;
  let organisation: string;
  beforeAll(async () => {
    rig = await startWebRig();
    await ensurePerson(rig, 'admin.wu', 'admin');
    await ensurePerson(rig, 'manager.zhao');
    await ensurePerson(rig, 'xiao.lin');
    organisation = (await apiCall<{ name: string }>(rig.server, 'POST', '/organisations', { name: 'Everbright Press / 光明出版社', kind: 'supplier' })).name;
    const team = await apiCall<{ id: string }>(rig.server, 'POST', '/teams', { key: 'frontline-cs', name: 'Customer service team 1 / 客服一组', managerRef: 'manager.zhao' });
    await apiCall(rig.server, 'PUT', `/teams/${team.id}/members/xiao.lin`);
    await apiCall(rig.server, 'POST', '/targets', { ref: TARGET, kind: 'product', name: 'The status book', monthlyGmv: { amountMinor: 100_000, currency: 'CNY' } });
  });
  afterAll(() => rig?.close());

  it('adds a person who signs in with the temporary password; a new role, then disabled: sign-in refused', async () => {
    const { page, errors, dialogs } = await personAt(rig, 'admin.wu', '/settings/users');
    const nav = page.getByRole('navigation', { name: 'Settings sections' });
    await nav.getByRole('link', { name: 'Users' }).waitFor();
    await nav.getByRole('link', { name: 'API tokens' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Users' }).waitFor();
    expect(await page.title()).toBe('Users · Settings · Andon');
    const rows = page.getByTestId('users').getByTestId('user');
    await rows.filter({ hasText: 'xiao.lin@andon.test' }).getByText('Customer service team 1 / 客服一组').waitFor();
    await rows.filter({ hasText: 'admin.wu@andon.test' }).getByText('you', { exact: true }).waitFor();

    // Add a person: first with an email already taken (the API's refusal shown in the dialog), then right.
    await page.getByRole('button', { name: 'Add a user' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Name').fill('Lin Hua');
    await dialog.getByLabel('Email').fill('xiao.lin@andon.test');
    await dialog.getByLabel('Ref (optional)').fill('lin.hua');
    await dialog.getByLabel('Role').selectOption('agent');
    await dialog.getByLabel('Team (optional)').selectOption({ label: 'Customer service team 1 / 客服一组' });
    await dialog.getByRole('button', { name: 'Add the user' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toMatch(/already|exists/i);
    await dialog.getByLabel('Email').fill('lin.hua@andon.test');
    await dialog.getByRole('button', { name: 'Add the user' }).click();
    dialog = page.getByRole('dialog', { name: 'Lin Hua is added' });
    await dialog.getByText('Lin Hua can now sign in as lin.hua@andon.test.').waitFor();
    await dialog.getByText('It is shown only now').waitFor();
    const secret = dialog.getByLabel('Temporary password for Lin Hua');
    // The secret has the focus, selected: one Ctrl+C away.
    expect(await secret.evaluate((el: any) => el === el.ownerDocument.activeElement)).toBe(true);
    const temporary = await secret.inputValue();
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    expect(await contrastFailures(page), 'user added dialog').toEqual([]);
    await screenshot(page, 'settings-users-added-en');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const lin = rows.filter({ hasText: 'lin.hua@andon.test' });
    await lin.getByText('Temporary password').waitFor();
    await lin.getByText('Customer service team 1 / 客服一组').waitFor();
    await lin.getByText('Never').waitFor();

    // A supplier user needs an organisation.
    await page.getByRole('button', { name: 'Add a user' }).click();
    dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Name').fill('Wang Fang');
    await dialog.getByLabel('Email').fill('wang.fang@everbright.test');
    await dialog.getByLabel('Role').selectOption('supplier');
    expect(await dialog.getByLabel('Team (optional)').count()).toBe(0);
    await dialog.getByLabel('Organisation').selectOption({ label: organisation });
    await dialog.getByText('Set a password now').click();
    await dialog.getByLabel('Password', { exact: true }).fill('short');
    await dialog.getByRole('button', { name: 'Add the user' }).click();
    // The browser asks for 12 characters before the API is even called.
    expect(await dialog.getByLabel('Password', { exact: true }).evaluate((el: any) => el.validity.valid)).toBe(false);
    await dialog.getByLabel('Password', { exact: true }).fill('an everbright key to the portal');
    await dialog.getByRole('button', { name: 'Add the user' }).click();
    dialog = page.getByRole('dialog', { name: 'Wang Fang is added' });
    expect(await dialog.getByLabel(/Temporary password/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await rows.filter({ hasText: 'wang.fang@everbright.test' }).getByText(organisation).waitFor();

    // Search and filters narrow the list.
    await page.getByLabel('Search').fill('lin.hua');
    await page.getByText('1 user shown').waitFor();
    await page.getByLabel('Search').fill('');
    await page.getByRole('combobox', { name: 'Role' }).selectOption('supplier');
    await page.getByText('1 user shown').waitFor();
    await rows.filter({ hasText: 'wang.fang@everbright.test' }).waitFor();
    await page.getByRole('combobox', { name: 'Role' }).selectOption('');
    await lin.waitFor();
    await screenshot(page, 'settings-users-en');
    expect(await contrastFailures(page), 'settings-users-en').toEqual([]);

    // Lin Hua signs in, in a browser of her own, and chooses her own password.
    const linContext = await rig.browser.newContext({ locale: 'en-GB' });
    const linPage = await signInAt(rig, linContext, 'lin.hua@andon.test', temporary);
    await linPage.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor();
    await linPage.getByLabel('Temporary (current) password').fill(temporary);
    await linPage.getByLabel('New password', { exact: true }).fill(E2E_PASSWORD);
    await linPage.getByLabel('New password again').fill(E2E_PASSWORD);
    await linPage.getByRole('button', { name: 'Save my password' }).click();
    await linPage.getByTestId('identity').getByText('Signed in as Lin Hua (agent)').waitFor();

    // The admin makes her a manager (by keyboard), then disables her.
    await page.reload();
    await lin.getByText('Temporary password').waitFor({ state: 'detached' });
    await lin.getByRole('button', { name: 'Edit Lin Hua' }).focus();
    await page.keyboard.press('Enter');
    dialog = page.getByRole('dialog', { name: 'Edit Lin Hua' });
    await dialog.getByText('Ref: lin.hua (never changes)').waitFor();
    await dialog.getByLabel('Role').selectOption('manager');
    await dialog.getByRole('button', { name: 'Save changes' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await lin.getByText('manager', { exact: true }).waitFor();
    const me = await (await linContext.request.get(`${rig.server.url}/api/v1/auth/me`)).json();
    expect(me.role).toBe('manager');

    await lin.getByRole('button', { name: 'Disable Lin Hua' }).click();
    dialog = page.getByRole('dialog', { name: 'Disable Lin Hua?' });
    await dialog.getByText('signed out everywhere at once').waitFor();
    // Cancel is where the focus starts: Enter by mistake changes nothing.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await lin.getByText('Active', { exact: true }).waitFor();
    await lin.getByRole('button', { name: 'Disable Lin Hua' }).click();
    await dialog.getByRole('button', { name: 'Disable' }).click();
    await dialog.waitFor({ state: 'detached' });
    await lin.getByText('Disabled', { exact: true }).waitFor();
    await lin.getByRole('button', { name: 'Enable Lin Hua' }).waitFor();

    // Her session has ended; signing in again is refused.
    expect((await linContext.request.get(`${rig.server.url}/api/v1/auth/me`)).status()).toBe(401);
    const again = await signInAt(rig, await rig.browser.newContext({ locale: 'en-GB' }), 'lin.hua@andon.test', E2E_PASSWORD);
    await again.getByRole('alert').getByText('The email or the password is wrong.').waitFor();

    // An email already taken, in the edit dialog: the API's reason next to the field.
    const wang = rows.filter({ hasText: 'wang.fang@everbright.test' });
    await wang.getByRole('button', { name: 'Edit Wang Fang' }).click();
    dialog = page.getByRole('dialog', { name: 'Edit Wang Fang' });
    await dialog.getByLabel('Email').fill('lin.hua@andon.test');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByRole('alert').getByText('already exists', { exact: false }).waitFor();
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    // A reset password: a temporary one, shown once, and she is asked to choose her own.
    await wang.getByRole('button', { name: 'Reset the password of Wang Fang' }).click();
    dialog = page.getByRole('dialog', { name: 'Reset the password of Wang Fang' });
    await dialog.getByText('signed out everywhere and must choose a new password').waitFor();
    await dialog.getByRole('button', { name: 'Reset password' }).click();
    await dialog.getByText('The password is reset: Wang Fang is signed out everywhere.').waitFor();
    const reset = await dialog.getByLabel('Temporary password for Wang Fang').inputValue();
    expect(reset.length).toBeGreaterThanOrEqual(12);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await wang.getByText('Temporary password').waitFor();
    const wangPage = await signInAt(rig, await rig.browser.newContext({ locale: 'en-GB' }), 'wang.fang@everbright.test', reset);
    await wangPage.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor();
    await wangPage.context().close();
    await again.context().close();

    expect(dialogs).toEqual([]);
    expect(errors.filter((e) => !/40[139]/.test(e))).toEqual([]);
    await linContext.close();
    await page.context().close();
  });

  it('issues a token with status:read, shows its secret once, and revokes it (401 after)', async () => {
    const { page, errors, dialogs } = await personAt(rig, 'admin.wu', '/settings/tokens');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: rig.server.url });
    await page.getByRole('heading', { level: 2, name: 'API tokens' }).waitFor();
    await page.getByTestId('tokens').getByTestId('token').first().waitFor();
    await page.getByLabel('Name').fill('storefront status');
    await page.getByRole('checkbox', { name: /^status:read\s*Is a target on sale\? \(the storefront\)$/ }).check();
    await page.getByLabel('Expires in (days)').fill('30');
    await page.getByText(/it stops working on/).waitFor();
    await screenshot(page, 'settings-tokens-form-en');
    expect(await contrastFailures(page), 'settings-tokens-form-en').toEqual([]);
    await page.getByRole('button', { name: 'Issue the token' }).click();
    const secretBox = page.getByTestId('token-secret');
    await secretBox.getByText('It is shown only this once').waitFor();
    const secret = await secretBox.getByLabel('Secret of the token “storefront status”').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await secretBox.getByRole('button', { name: 'Copy' }).click();
    await secretBox.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(secret);
    const row = page.getByTestId('token').filter({ hasText: 'storefront status' });
    await row.getByText('status:read').waitFor();
    await row.getByText('Never used').waitFor();
    await screenshot(page, 'settings-tokens-en');
    expect(await contrastFailures(page), 'settings-tokens-en').toEqual([]);

    // It works for what it may do, and nothing else.
    const ok = await statusWith(rig, secret);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { onSale: boolean }).onSale).toBe(true);
    expect((await fetch(`${rig.server.url}/api/v1/andons`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(403);

    // Once stored, the secret is gone for good: not on the page, not after a reload.
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await secretBox.waitFor({ state: 'detached' });
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    // The list says when it was last used (written in the background, to the minute).
    await expect.poll(async () => {
      await page.reload();
      return row.getByText('Never used').count();
    }, { timeout: 10_000 }).toBe(0);

    await row.getByRole('button', { name: 'Revoke the token “storefront status”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the token “storefront status”?' });
    await dialog.getByText('It stops working at once').waitFor();
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('The token “storefront status” is revoked.').waitFor();
    await row.getByText('Revoked', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
    expect((await statusWith(rig, secret)).status).toBe(401);

    await page.getByLabel('Show').selectOption('active');
    await row.waitFor({ state: 'detached' });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows both pages in Chinese on a phone, with AA contrast', async () => {
    const { page, errors } = await personAt(rig, 'admin.wu', '/settings/users', { locale: 'zh-CN', width: 390, height: 844 });
    await page.getByRole('heading', { level: 2, name: '用户' }).waitFor();
    await page.getByTestId('user').filter({ hasText: 'xiao.lin@andon.test' }).getByText('客服一组', { exact: false }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'settings-users-zh-CN');
    expect(await contrastFailures(page), 'settings-users-zh-CN').toEqual([]);
    await page.getByRole('button', { name: '添加用户' }).click();
    await page.getByRole('dialog', { name: '添加用户' }).getByLabel('角色').selectOption('supplier');
    await page.getByRole('dialog', { name: '添加用户' }).getByLabel('组织').waitFor();
    await screenshot(page, 'settings-users-add-zh-CN');
    expect(await contrastFailures(page), 'settings-users-add-zh-CN').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('navigation', { name: '设置分类' }).getByRole('link', { name: 'API 令牌' }).click();
    await page.getByRole('heading', { level: 2, name: 'API 令牌' }).waitFor();
    await page.getByTestId('token').first().waitFor();
    await page.getByLabel('名称').fill('客服系统录入');
    await page.getByRole('checkbox', { name: /^complaints:write\s*代一线客服记录投诉（客服系统）$/ }).check();
    await page.getByRole('button', { name: '签发令牌' }).click();
    await page.getByTestId('token-secret').getByText('它只显示这一次').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'settings-tokens-zh-CN');
    expect(await contrastFailures(page), 'settings-tokens-zh-CN').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers neither tab to a manager, and /settings/users leads to the first section', async () => {
    const { page } = await personAt(rig, 'manager.zhao', '/settings/users');
    const nav = page.getByRole('navigation', { name: 'Settings sections' });
    await nav.getByRole('link', { name: 'Rules' }).waitFor();
    await page.waitForURL(/\/settings\/rules$/);
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'API tokens' }).count()).toBe(0);
    await page.goto(`${rig.server.url}/settings/tokens`);
    await page.waitForURL(/\/settings\/rules$/);
    expect(await page.getByRole('heading', { level: 2, name: 'API tokens' }).count()).toBe(0);
    await page.context().close();
  });
});
