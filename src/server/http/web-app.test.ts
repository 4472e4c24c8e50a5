import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.ts';
import { createTestDatabase, type TestDatabase } from '#test/helpers/db.ts';

const script = 'console.log("andon web app");'.repeat(20);

/** A stand-in for `vite build` output: index.html and one hashed asset (with its .gz). */
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/main-abc123.js"></script></body></html>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'main-abc123.js'), script);
  fs.writeFileSync(path.join(dir, 'assets', 'main-abc123.js.gz'), gzipSync(script));
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('serving the web app at /', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let bare: FastifyInstance;
  let missing: FastifyInstance;
  const root = fakeBuild();
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const opts = { config: db.config, database: db.database, logger: false };
    app = (await buildApp({ ...opts, webRoot: root })).app;
    missing = (await buildApp({ ...opts, webRoot: path.join(root, 'nothing-here') })).app;
    bare = (await buildApp({ ...opts, webRoot: null })).app;
  });
  afterAll(async () => {
    await Promise.all([app.close(), missing.close(), bare.close()]);
    await db.cleanup();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / and for every page of the app, uncached, under a strict content security policy', async () => {
    for (const url of ['/', '/board', '/andons/0193-abc', '/desk?target=BOOK-1']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets for good, compressed when the browser accepts it', async () => {
    const plain = await app.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await app.inject({
      method: 'GET',
      url: '/assets/main-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.statusCode).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toContain('javascript');
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('keeps unknown API paths and missing files as problem+json 404s', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nope'],
      ['GET', '/api/v2/andons'],
      ['GET', '/assets/missing-123.js'],
      ['POST', '/board'],
      ['DELETE', '/'],
    ] as const) {
      const res = await app.inject({ method, url });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'route_not_found' });
    }
  });

  it('still answers the API and its docs', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toMatchObject({
      status: 'ok',
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/docs' })).statusCode).toBeLessThan(400);
  });

  it('says how to build the app when the build is missing, and serves the plain landing page when told to', async () => {
    const res = await missing.inject({ method: 'GET', url: '/board' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('The web app is not built');
    expect(res.body).toContain('npm start');
    expect((await missing.inject({ method: 'GET', url: '/api/v1/nope' })).statusCode).toBe(404);
    const landing = await bare.inject({ method: 'GET', url: '/' });
    expect(landing.body).toContain('Andon · 按灯');
    expect(landing.body).not.toContain('not built');
  });
});
