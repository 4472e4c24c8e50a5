import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_PASSWORD, ensurePerson, screenshot, startWebRig, watchedPage, type WebRig } from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';

/** Signing in, out, a temporary password, and a session that ends under the reader: in both languages. */
describe('signing in to the web app', { timeout: 60_000 }, () => {
  let rig: WebRig;
  let linId: string;
  beforeAll(async () => {
    rig = await startWebRig();
    await ensurePerson(rig, 'xiao.lin');
    const users = await fetch(`${rig.server.url}/api/v1/users?q=xiao.lin`, { headers: rig.admin });
    linId = ((await users.json()) as { items: { id: string }[] }).items[0]!.id;
  });
  afterAll(() => rig?.close());

  const resetPassword = (body: object) =>
    fetch(`${rig.server.url}/api/v1/users/${linId}/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...rig.admin },
      body: JSON.stringify(body),
    });

  it('asks who you are, says so when the password is wrong, then opens the page you asked for; signs out', async () => {
    const context = await rig.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const { page, errors, dialogs } = await watchedPage(context);
    await page.goto(`${rig.server.url}/desk`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Andon' }).waitFor();
    expect(await page.title()).toBe('Sign in to Andon · Andon');
    await screenshot(page, 'sign-in-en');
    expect(await contrastFailures(page), 'sign-in-en').toEqual([]);
    await page.getByLabel('Email').fill('xiao.lin@andon.test');
    await page.getByLabel('Password').fill('not my password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The email or the password is wrong.').waitFor();
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agent desk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/desk');
    await page.getByTestId('identity').getByText('Signed in as xiao.lin (agent)').waitFor();
    // The session cookie is out of the page's reach.
    expect(await page.evaluate('document.cookie')).not.toContain('andon_session');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Andon' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Andon' }).waitFor();
    expect(dialogs).toEqual([]);
    // The failed sign-in is logged by the browser as a failed load (401); nothing else went wrong.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });

  it('speaks Chinese to a Chinese browser', async () => {
    const context = await rig.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
    const { page } = await watchedPage(context);
    await page.goto(`${rig.server.url}/board`);
    await page.getByRole('heading', { level: 1, name: '登录按灯系统' }).waitFor();
    await screenshot(page, 'sign-in-zh-CN');
    expect(await contrastFailures(page), 'sign-in-zh-CN').toEqual([]);
    await page.getByLabel('邮箱').fill('xiao.lin@andon.test');
    await page.getByLabel('密码').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { level: 1, name: '按灯看板' }).waitFor();
    await page.getByTestId('identity').getByText('当前用户：xiao.lin（一线客服）').waitFor();
    await context.close();
  });

  it('makes a person with a temporary password choose their own first', async () => {
    const reset = (await (await resetPassword({})).json()) as { temporaryPassword: string };
    const context = await rig.browser.newContext({ locale: 'en-GB' });
    const { page } = await watchedPage(context);
    await page.goto(`${rig.server.url}/board`);
    await page.getByLabel('Email').fill('xiao.lin@andon.test');
    await page.getByLabel('Password').fill(reset.temporaryPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor();
    await screenshot(page, 'sign-in-new-password-en');
    await page.getByLabel('Temporary (current) password').fill(reset.temporaryPassword);
    await page.getByLabel('New password', { exact: true }).fill(E2E_PASSWORD);
    await page.getByLabel('New password again').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Save my password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lamp board' }).waitFor();
    await context.close();
  });

  it('goes back to sign-in when the session ends under the reader', async () => {
    const context = await rig.browser.newContext({ locale: 'en-GB' });
    const { page } = await watchedPage(context);
    await page.goto(`${rig.server.url}/board`);
    await page.getByLabel('Email').fill('xiao.lin@andon.test');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lamp board' }).waitFor();
    // An admin resets the password: every session of the person ends.
    await resetPassword({ password: E2E_PASSWORD });
    await page.getByRole('link', { name: 'Agent desk' }).click();
    await page.getByText('Your session has ended. Sign in again to carry on where you were.').waitFor();
    await context.close();
  });
});
