import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, personContext, screenshot, startWebRig, watchedPage, type WebRig } from '#test/helpers/browser.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const NAME = `<img src=x onerror=alert(3)>Kettle <b>bold</b>`;

/** No element that a payload would have made exists anywhere in the page. */
async function injected(page: Page): Promise<number> {
  return page.evaluate<number>(
    `document.querySelectorAll('#root img, #root script, #root b, #root [onerror], body > script:not([src])').length`,
  );
}

describe('customer text is rendered as text', { timeout: 60_000 }, () => {
  let rig: WebRig;
  let ref: string;
  beforeAll(async () => {
    rig = await startWebRig();
    ref = (
      await apiCall<{ ref: string }>(rig.server, 'POST', '/targets', {
        ref: 'KETTLE-1701',
        kind: 'product',
        name: NAME,
      })
    ).ref;
  });
  afterAll(() => rig?.close());

  it('shows an XSS attempt in complaint text (and in a target name) literally, and runs none of it', async () => {
    const context = await personContext(rig, 'xiao.lin', { locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const { page, dialogs, errors } = await watchedPage(context);
    await page.goto(`${rig.server.url}/desk`);
    await page.getByRole('combobox', { name: 'Target' }).fill('Kettle');
    await page.getByRole('option', { name: /Kettle/ }).click();
    await page.getByLabel('Problem').selectOption('defective');
    for (const [customer, said] of [
      ['c1', IMG],
      ['<b>c2</b>', `${SCRIPT} and ${IMG}`],
    ] as const) {
      await page.getByLabel('Customer id').fill(customer);
      await page.getByLabel('What the customer said').fill(said);
      await page.getByRole('button', { name: 'Record the complaint' }).click();
      await page.getByTestId('evidence').getByText(said, { exact: true }).waitFor();
    }
    const texts = await page.getByTestId('evidence').locator('.complaint-text').allTextContents();
    expect(texts).toEqual([`${SCRIPT} and ${IMG}`, IMG]);
    expect(await page.getByTestId('evidence').textContent()).toContain('Customer <b>c2</b>');
    expect(await page.getByTestId('target-chosen').textContent()).toContain(NAME);
    expect(await injected(page)).toBe(0);

    await page.getByRole('button', { name: 'Pull the cord' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Pull the cord' }).click();
    await page.getByTestId('pulled').getByRole('link', { name: 'Open the andon room' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    // The andon's own complaints (the room also lists look-alikes, which repeat one of them).
    expect(await page.locator('[data-testid=complaint] .complaint-text').allTextContents()).toEqual(texts);
    expect(await injected(page)).toBe(0);
    await screenshot(page, 'xss-andon-room-en');

    await page.getByRole('link', { name: 'Lamp board' }).click();
    const lamp = page.getByTestId('lamp').filter({ hasText: ref });
    await lamp.waitFor();
    expect(await lamp.locator('.lamp-target').textContent()).toBe(NAME);
    expect(await injected(page)).toBe(0);

    // Give any deferred handler (onerror fires after a failed load) time to run, then check again.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves the app under a content security policy that forbids inline script', async () => {
    const res = await fetch(`${rig.server.url}/board`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
  });
});
