import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, screenshot, startWebRig, watchedPage, type WebRig } from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';
import { seedBoard } from '#test/helpers/web-seed.ts';
import { personAt } from '#test/helpers/web-people.ts';
import { addCase, downloaded, openStep, verdicts, waitSaved } from '#test/helpers/web-studio.ts';

/**
 * Issue 6 end to end in Chromium: a manager builds a small flywheel from blank, sees the checks,
 * keeps versions, replays the cases across them, simulates, binds live data, exports and imports,
 * and shares it with someone who never signs in.
 */
describe('the flywheel studio in the browser', { timeout: 180_000 }, () => {
  let rig: WebRig;
  let downloads = '';
  beforeAll(async () => {
    rig = await startWebRig();
    await seedBoard(rig.server); // complaints over the last days: something for a live sparkline
    downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-studio-'));
  });
  afterAll(async () => {
    await rig?.close();
    if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
  });

  it('builds, checks, replays, simulates, binds, exports, imports and shares a small flywheel', async () => {
    const { page, errors, dialogs } = await personAt(rig, 'manager.zhao', '/studio');
    const contrast: Record<string, string[]> = {};
    const look = async (name: string) => {
      await screenshot(page, name);
      const found = await contrastFailures(page);
      if (found.length) contrast[name] = found;
    };
    await page.getByRole('heading', { level: 1, name: 'Flywheel studio' }).waitFor();
    await look('studio-list-en');

    // From blank: three components, linked into a loop (one link drawn with the mouse, two with the form).
    await page.getByRole('button', { name: 'Blank' }).click();
    await page.getByTestId('cases-step').waitFor();
    const studioUrl = page.url().replace(/\/cases$/, '');
    const id = new URL(studioUrl).pathname.split('/')[2]!;
    await openStep(page, 'loop');
    for (const name of ['Traffic', 'Sellers', 'Selection']) {
      await page.getByLabel('New component').fill(name);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.locator(`.react-flow__node[data-id="${name.toLowerCase()}"]`).waitFor();
    }
    await waitSaved(page);
    const centre = async (node: string, handleId: string) => {
      const box = (await page.locator(`.react-flow__node[data-id="${node}"] [data-handleid="${handleId}"]`).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    // Traffic sits at the top, Sellers at the lower right: drag from Traffic's bottom dot to Sellers' top one.
    const [from, to] = [await centre('traffic', 'bottom-s'), await centre('sellers', 'top-t')];
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await page.locator('[data-testid=link-row][data-link="traffic>sellers"]').waitFor();
    const addLink = page.getByRole('form', { name: 'Add a causal link' });
    for (const [from, to] of [['Sellers', 'Selection'], ['Selection', 'Traffic']]) {
      await addLink.getByLabel('From').selectOption({ label: from! });
      await addLink.getByLabel('To').selectOption({ label: to! });
      await addLink.getByRole('button', { name: 'Add the link' }).click();
    }
    await waitSaved(page);
    const checks = page.getByTestId('checks');
    await page.locator('[data-testid=checks][data-source=server]').waitFor();
    expect(await page.getByTestId('check-closed').getAttribute('data-value')).toBe('true');
    expect(await page.getByTestId('check-polarity').getAttribute('data-value')).toBe('reinforcing');
    await checks.getByText('The main loop (Traffic → Sellers → Selection → Traffic) is reinforcing').waitFor();
    await checks.getByText('No cases yet: add success and failure cases to check the links against.').waitFor();

    // The keyboard moves a component on the canvas, and its new place is saved.
    const before = (await apiCall(rig.server, 'GET', `/flywheels/${id}`)).flywheel.components[0].position;
    await page.locator('.react-flow__node[data-id="traffic"]').focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await waitSaved(page);
    await expect.poll(async () => (await apiCall(rig.server, 'GET', `/flywheels/${id}`)).flywheel.components[0].position.x).toBe(before.x + 20);

    // Steps 1–2: two successes and a failure.
    await openStep(page, 'cases');
    await addCase(page, { title: 'Marketplace opening', outcome: 'success', start: '2000', factors: [['traffic', 'up'], ['sellers', 'up']] });
    await addCase(page, { title: 'Free shipping', outcome: 'success', start: '2002', factors: [['sellers', 'up'], ['selection', 'up']] });
    await addCase(page, { title: 'Auctions', outcome: 'failure', start: '1999', factors: [['traffic', 'down'], ['sellers', 'down']] });
    await page.getByTestId('case-counts').getByText('2 success cases, 1 failure cases').waitFor();
    await look('studio-blank-cases-en');

    // Step 3: the ranking shows its counts beside the score.
    await openStep(page, 'discovery');
    const sellers = page.locator('[data-testid=factor][data-factor=sellers]');
    expect(await sellers.locator('.score').textContent()).toBe('+0.83');
    expect(await sellers.textContent()).toContain('↑2 ↓0 ·0 of 2');
    expect(await sellers.textContent()).toContain('↑0 ↓1 ·0 of 1');
    await look('studio-blank-discovery-en');

    // The checks now name the link no case supports.
    await openStep(page, 'loop');
    await checks.getByText('No case supports the link Selection → Traffic (+).').waitFor();

    // Step 6: every case agrees; keep it as version 1. Then flip a link: the grid changes across versions.
    await openStep(page, 'replay');
    expect(await page.locator('[data-testid=agreement][data-column=draft]').getAttribute('data-rate')).toBe('1');
    await page.getByLabel('What changed').fill('as drawn');
    await page.getByRole('button', { name: 'Save as version' }).click();
    await page.locator('th[data-column=v1]').waitFor();
    await openStep(page, 'loop');
    await page.locator('[data-testid=link-row][data-link="sellers>selection"]').getByRole('button', { name: 'Make it negative' }).click();
    await page.locator('[data-testid=link-label][data-polarity="-"]').waitFor();
    expect(await page.getByTestId('check-polarity').getAttribute('data-value')).toBe('balancing');
    await checks.getByText(/The main loop .* is balancing/).first().waitFor();
    await waitSaved(page);
    await openStep(page, 'replay');
    await page.getByLabel('What changed').fill('sellers crowd out selection?');
    await page.getByRole('button', { name: 'Save as version' }).click();
    await page.locator('th[data-column=v2]').waitFor();
    expect(await verdicts(page, 'v1')).toEqual({ 'Marketplace opening': 'pass', 'Free shipping': 'pass', Auctions: 'pass' });
    expect(await verdicts(page, 'v2')).toEqual({ 'Marketplace opening': 'fail', 'Free shipping': 'unclear', Auctions: 'fail' });
    expect(await page.locator('[data-testid=agreement][data-column=v2]').getAttribute('data-rate')).toBe('0');
    await page.getByTestId('disagreements').getByText('3 cases disagree with the draft').waitFor();
    expect(await page.locator('tr.row-disagrees').count()).toBe(3);
    await look('studio-blank-replay-en');

    // Revise: back to positive; the draft agrees again.
    await openStep(page, 'loop');
    await page.locator('[data-testid=link-row][data-link="sellers>selection"]').getByRole('button', { name: 'Make it positive' }).click();
    await waitSaved(page);

    // Live data: Traffic bound to complaints per day, its sparkline beside the node.
    await page.getByTestId('live-bindings').getByLabel('Component', { exact: true }).selectOption({ label: 'Traffic' });
    await page.getByTestId('live-bindings').getByLabel('Live figure').selectOption('complaint_rate');
    await page.getByRole('button', { name: 'Bind', exact: true }).click();
    await waitSaved(page);
    await page.locator('.react-flow__node[data-id="traffic"] [data-testid=sparkline]').waitFor();
    await page.getByTestId('binding').getByText('Complaints per day (all kinds)').waitFor();
    await look('studio-blank-loop-en');

    // Simulation: G above 1 tips; weaker links bring it below; the server computes the same numbers.
    await openStep(page, 'simulation');
    const figures = page.getByTestId('sim-figures');
    expect(Number(await figures.getAttribute('data-gain'))).toBeCloseTo(1.728, 10);
    expect(await figures.getAttribute('data-tipped')).toBe('true');
    expect(await figures.getAttribute('data-acceleration')).not.toBe('');
    await page.getByTestId('slider-push-traffic').focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.getByTestId('sim-chart-growth').locator('svg').waitFor();
    await look('studio-blank-simulation-en');
    await page.getByTestId('slider-strength-traffic-sellers').focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await figures.getAttribute('data-gain'))).toBeCloseTo(0.576, 10);
    expect(await figures.getAttribute('data-tipped')).toBe('false');
    await page.getByRole('button', { name: 'Check against the server' }).click();
    await page.locator('[data-testid=server-verdict][data-verdict=same]').waitFor();
    const server = await apiCall(rig.server, 'POST', `/flywheels/${id}/simulate`, { options: { horizon: 36, dt: 0.05, sampleInterval: 0.5, push: { traffic: 0.5 } } });
    expect(server.tipping.gain).toBe(Number(await figures.getAttribute('data-gain')));
    expect(server.growth.at(-1)).toBe(Number(await figures.getAttribute('data-final-growth')));

    // Export JSON, SVG and PNG; the JSON imports back as a new flywheel.
    await openStep(page, 'share');
    const json = await downloaded(page, () => page.getByRole('button', { name: 'Export JSON' }).click(), downloads);
    const doc = JSON.parse(json.bytes.toString('utf8'));
    expect(doc).toMatchObject({ format: 'andon.flywheel', formatVersion: 1 });
    expect(doc.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(doc.cases).toHaveLength(3);
    const svg = await downloaded(page, () => page.getByRole('button', { name: 'Export the diagram (SVG)' }).click(), downloads);
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*Selection[\s\S]*<\/svg>$/);
    const png = await downloaded(page, () => page.getByRole('button', { name: 'Export the diagram (PNG)' }).click(), downloads);
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.length).toBeGreaterThan(5000);

    // A read-only link, opened in a fresh browser that never signed in.
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const link = (await page.getByTestId('share-link').textContent())!;
    expect(link).toMatch(/\/shared\/flywheels\/[\w-]{10,}$/);
    await look('studio-blank-share-en');
    const stranger = await watchedPage(await rig.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } }));
    await stranger.page.goto(link);
    await stranger.page.getByRole('heading', { level: 1, name: 'My growth flywheel' }).waitFor();
    await stranger.page.getByTestId('shared-diagram').waitFor();
    await stranger.page.getByTestId('shared-links').locator('li[data-polarity="+"]', { hasText: 'Sellers → Selection' }).waitFor();
    expect(await stranger.page.getByText('Sign in to Andon').count()).toBe(0);
    expect(await stranger.page.getByRole('button', { name: 'Save as version' }).count()).toBe(0);
    await screenshot(stranger.page, 'studio-blank-shared-en');
    expect(await contrastFailures(stranger.page)).toEqual([]);
    expect(stranger.errors).toEqual([]);
    await stranger.page.context().close();

    await page.goto(`${rig.server.url}/studio`);
    await page.getByLabel('Exported JSON file').setInputFiles(json.path);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('loop-step').waitFor();
    expect(new URL(page.url()).pathname).not.toContain(id);
    await page.locator('.react-flow__node[data-id="selection"]').waitFor();
    await openStep(page, 'replay');
    await page.locator('th[data-column=v2]').waitFor();
    expect(await page.getByTestId('replay-row').count()).toBe(3);

    expect(contrast).toEqual({});
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
