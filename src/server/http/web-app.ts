import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { landingPage } from './landing.ts';

/** Where `vite build` puts the web app (git-ignored; `npm start` builds it). */
export const defaultWebRoot = path.resolve(import.meta.dirname, '../../../web/dist');

/** The app's own scripts, styles and API only: injected markup could not run or call out. */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The landing page: its own inline styles, nothing else. */
const landingPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A path that names a file (`/assets/x.js`, `/favicon.svg`) rather than a page of the app. */
function looksLikeFile(pathname: string): boolean {
  return /\.[A-Za-z0-9]{1,8}$/.test(pathname);
}

/**
 * Serves the built web app at `/`: its files, and index.html for every other GET that is not the
 * API (the app routes in the browser). Without a build, the landing page says how to make one.
 * Unknown `/api/…` paths and missing files stay problem+json 404s.
 */
export async function registerWebApp(app: FastifyInstance, root: string | null): Promise<{ built: boolean }> {
  const built = root !== null && fs.existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      // Files are found once, at start: each gets its own route, so the fallback below can be `/*`.
      wildcard: false,
      index: false,
      preCompressed: true,
      globIgnore: ['**/*.gz', '**/*.br'],
      schemaHide: true,
      cacheControl: false,
      setHeaders: (reply, file) => {
        // Hashed file names never change content: cache them for good; anything else is revalidated.
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const page = built ? null : landingPage(root === null ? null : 'missing');
  const pathOf = (url: string) => url.split('?')[0] ?? '/';
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const pathname = pathOf(req.url);
    if (pathname.startsWith('/api/') || looksLikeFile(pathname)) return reply.callNotFound();
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    if (page !== null) return reply.header('content-security-policy', landingPolicy).send(page);
    return reply.header('content-security-policy', contentSecurityPolicy).sendFile('index.html');
  });
  return { built };
}
