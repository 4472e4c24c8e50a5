import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideAccess, type Permission, roleGrants, roles, tokenScopes } from '#domain/access.ts';
import { matrixRoutes, permissionMatrixMarkdown } from '#server/http/permission-matrix.ts';
import type { DeclaredRoute } from '#server/http/authenticate.ts';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { root } from '#test/helpers/process.ts';

const docFile = path.join(root, 'docs', 'permissions.md');

/** A concrete URL for a route pattern: ids that name nothing (a 404 is an allowed answer). */
function urlOf(route: DeclaredRoute): string {
  const url = route.url.replace(/:[A-Za-z]+/g, (p) => (p === ':kind' ? 'product' : p === ':type' ? 'not-found' : 'no-such-id'));
  // The live stream refuses unknown parameters instead of opening a stream that would never end.
  return route.url.endsWith('/live') ? `${url}?walk=1` : url;
}

describe.each(testDialects())('permissions on every route (%s)', (dialect) => {
  let t: TestApp;
  let routes: DeclaredRoute[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    routes = matrixRoutes(t.routes);
  });
  afterAll(() => t.close());

  it('every route declares what it needs (an undeclared one is closed to everyone)', () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(routes.filter((r) => !r.permission).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('answers 401 problem+json to a caller without a credential everywhere but the public routes', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const res = await t.anonymous.call(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
      const expected = route.permission === 'public' ? res.status !== 401 : res.status === 401;
      if (!expected) wrong.push(`${route.method} ${route.url} → ${res.status}`);
      if (res.status === 401 && !String(res.response.headers['content-type']).startsWith('application/problem+json')) wrong.push(`${route.url}: not a problem`);
    }
    expect(wrong).toEqual([]);
    const publicOnes = routes.filter((r) => r.permission === 'public').map((r) => `${r.method} ${r.url}`);
    expect(publicOnes).toEqual(expect.arrayContaining(['GET /api/v1/health', 'POST /api/v1/auth/login', 'GET /api/v1/openapi.json', 'GET /api/v1/problems/:type']));
    expect((await t.anonymous.call('GET', '/api/v1/docs')).status).toBeLessThan(400);
  });

  it('answers each role as the matrix says: allowed, or 403 (route × role)', async () => {
    const wrong: string[] = [];
    for (const role of roles) {
      for (const route of routes) {
        if (route.permission === 'public') continue;
        // A fresh session per call: the walk signs out too.
        const caller = await t.as({ ref: `walk.${role.replace('_', '-')}`, role, organisationId: role === 'supplier' ? await supplierOrg() : null });
        const res = await caller.call(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
        const decision = decideAccess({ grants: roleGrants[role], via: 'session' }, { access: route.permission!, scoped: route.scoped });
        const ok = decision === 'deny' ? res.status === 403 && res.body.code === 'forbidden' : res.status !== 401 && res.status !== 403;
        if (!ok) wrong.push(`${role} ${route.method} ${route.url}: ${decision} but ${res.status} ${res.body?.code ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives an API token exactly its scopes: its own permission passes, any other is 403', async () => {
    const wrong: string[] = [];
    const tokens = new Map<string, Awaited<ReturnType<TestApp['withToken']>>>();
    const tokenWith = async (scope: Permission) => {
      if (!tokens.has(scope)) tokens.set(scope, await t.withToken([scope as (typeof tokenScopes)[number]]));
      return tokens.get(scope)!;
    };
    for (const route of routes) {
      const p = route.permission!;
      if (p === 'public') continue;
      const other = await tokenWith(p === 'status:read' ? 'metrics:read' : 'status:read');
      const denied = await other.call(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
      const expectDenied = p !== 'authenticated';
      if (expectDenied && denied.status !== 403) wrong.push(`other scope ${route.method} ${route.url} → ${denied.status}`);
      if ((tokenScopes as readonly string[]).includes(p)) {
        const own = await tokenWith(p as Permission);
        const res = await own.call(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
        if (res.status === 401 || res.status === 403) wrong.push(`own scope ${route.method} ${route.url} → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
    const res = await t.call('POST', '/api/v1/tokens', { name: 'too much', scopes: ['users:manage'] });
    expect(res.status).toBe(400);
  });

  let org: string | null = null;
  async function supplierOrg(): Promise<string> {
    org ??= (await t.call('POST', '/api/v1/organisations', { name: `Walk supplier ${dialect}`, kind: 'supplier' })).body.id as string;
    return org;
  }
});

describe('docs/permissions.md', () => {
  it('is the matrix the routes declare (npm run docs:permissions writes it)', async () => {
    const t = await createTestApp('sqlite');
    try {
      const made = permissionMatrixMarkdown(t.routes);
      if (process.env['UPDATE_DOCS'] === '1') fs.writeFileSync(docFile, made);
      expect(fs.existsSync(docFile) ? fs.readFileSync(docFile, 'utf8') : '(missing)').toBe(made);
    } finally {
      await t.close();
    }
  });
});
