import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateFlywheel } from '#domain/flywheel/simulate.ts';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { SIM_STEP } from '../web/src/features/studio/sim-options.ts';

/**
 * A shared flywheel is public: its page (/shared/flywheels/{token}, the web app's) and its API
 * (GET /api/v1/shared/flywheels/{token}) answer without any credential; everything else of the
 * studio still needs one, and a revoked link answers 404.
 */
describe('a shared flywheel without signing in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('opens the page and the read-only studio to anyone with the link, and nothing else', async () => {
    const created = (await t.call('POST', '/api/v1/flywheels', { template: 'amazon' })).body;
    const { shareToken } = (await t.call('POST', `/api/v1/flywheels/${created.id}/share`, {})).body;

    const page = await t.anonymous.call('GET', `/shared/flywheels/${shareToken}`);
    expect(page.status).toBe(200);
    expect(page.response.headers['content-type']).toContain('text/html');

    const shared = await t.anonymous.call('GET', `/api/v1/shared/flywheels/${shareToken}`, undefined, { 'accept-language': 'zh-CN' });
    expect(shared.status).toBe(200);
    expect(shared.body.flywheel.components).toHaveLength(6);
    expect(shared.body.check.findings.map((f: { message: string }) => f.message).join()).toMatch(/增强回路/);
    expect(shared.body.shareToken).toBeUndefined();

    expect((await t.anonymous.call('GET', `/api/v1/flywheels/${created.id}`)).status).toBe(401);
    expect((await t.anonymous.call('GET', `/api/v1/flywheels/${created.id}/export`)).status).toBe(401);
    expect((await t.anonymous.call('POST', `/api/v1/flywheels/${created.id}/simulate`, {})).status).toBe(401);

    await t.call('POST', `/api/v1/flywheels/${created.id}/share`, { shared: false });
    expect((await t.anonymous.call('GET', `/api/v1/shared/flywheels/${shareToken}`)).status).toBe(404);
  });

  it('simulates on the server exactly as the studio does in the browser (one domain module)', async () => {
    const created = (await t.call('POST', '/api/v1/flywheels', { template: 'amazon' })).body;
    const draft = {
      ...created.flywheel,
      components: created.flywheel.components.map((c: { decay: number }, i: number) => ({ ...c, decay: 0.3 + 0.1 * i })),
      links: created.flywheel.links.map((l: object, i: number) => ({ ...l, strength: 0.4 + 0.05 * i, delay: i % 3 === 0 ? 2 : null, polarity: i === 4 ? '-' : '+' })),
    };
    expect((await t.call('PUT', `/api/v1/flywheels/${created.id}`, draft)).status).toBe(200);
    const options = { horizon: 48, push: { traffic: 0.5, lower_prices: 0.25 }, ...SIM_STEP };
    const server = await t.call('POST', `/api/v1/flywheels/${created.id}/simulate`, { options });
    expect(server.status).toBe(200);
    const here = simulateFlywheel(draft, options);
    expect(server.body.times).toEqual(here.times);
    expect(server.body.series).toEqual(here.series);
    expect(server.body.growth).toEqual(here.growth);
    expect(server.body.tipping).toEqual(here.tipping);
    expect(server.body.accelerationStart).toEqual(here.accelerationStart);
  });
});
