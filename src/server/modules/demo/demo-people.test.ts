import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { DEMO_BOOK_REF, loadDemo } from './demo.service.ts';
import { DEMO_PASSWORD, demoEmail, demoPeople } from './demo.people.ts';

describe.each(testDialects())('the demo’s people sign in (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await loadDemo((command, actor) => t.ctx.writer.run(command, { id: actor }), t.ctx.database.db);
  }, 120_000);
  afterAll(() => t.close());

  const signIn = async (email: string) => {
    const res = await t.anonymous.call('POST', '/api/v1/auth/login', { email, password: DEMO_PASSWORD });
    const cookie = res.response.cookies.find((c) => c.name === 'andon_session')!;
    return { res, headers: { cookie: `andon_session=${cookie.value}`, 'x-csrf-token': res.body.csrfToken as string } };
  };

  it('gives every person of the stories an account with the documented password and role', async () => {
    for (const person of demoPeople) {
      const { res } = await signIn(demoEmail(person));
      expect(res.status, person.ref).toBe(200);
      expect(res.body).toMatchObject({ ref: person.ref, role: person.role });
    }
  });

  it('shows Wang Fang, the publisher’s account manager, only Everbright Press’s book and its work', async () => {
    const { headers } = await signIn('wang.fang@everbright-press.example');
    const targets = (await t.anonymous.call('GET', '/api/v1/targets?limit=500', undefined, headers)).body.items;
    expect(targets.map((x: { ref: string }) => x.ref)).toEqual([DEMO_BOOK_REF]);
    const orders = (await t.anonymous.call('GET', '/api/v1/work-orders?limit=500', undefined, headers)).body.items;
    expect(orders.length).toBeGreaterThan(0);
    const andons = (await t.anonymous.call('GET', '/api/v1/andons?limit=500', undefined, headers)).body.items;
    expect(new Set(orders.map((o: { andonId: string }) => o.andonId))).toEqual(new Set(andons.map((a: { id: string }) => a.id)));
    expect((await t.anonymous.call('GET', '/api/v1/targets?ref=KETTLE-1701', undefined, headers)).body.items).toEqual([]);
  });

  it('lets Xiao Lin see her own rewards and nobody else’s', async () => {
    const { headers } = await signIn('xiao.lin@andon.example');
    const mine = (await t.anonymous.call('GET', '/api/v1/rewards', undefined, headers)).body.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r: { agentRef: string }) => r.agentRef))).toEqual(new Set(['xiao.lin']));
    const others = await t.anonymous.call('GET', '/api/v1/rewards?agentRef=chen.jing', undefined, headers);
    expect(others.status).toBe(403);
    expect((await t.anonymous.call('GET', '/api/v1/rewards/ledger', undefined, headers)).status).toBe(403);
  });
});
