import type { IncomingMessage, ServerResponse } from 'node:http';
import { rememberedCaller } from '../../http/authenticate.ts';
import type { Authenticator } from '../auth/authenticator.ts';
import type { StatusIndex } from './status-index.ts';
import { isPlainRef } from './status.routes.ts';

const PREFIX = '/api/v1/status/';

export interface StatusFastPathDeps {
  index: StatusIndex;
  auth: Authenticator;
  /** True once the server is stopping: every request then goes the full way (503 while closing). */
  stopping: () => boolean;
}

/**
 * The storefront's question answered before the framework: `GET /api/v1/status/:ref` by a caller
 * whose credential is remembered and grants `status:read`, for a known target, in the answer the
 * route itself gives (same body, same headers). Anything else — an unknown target, a credential to
 * look up, a refusal, a query string, an encoded or unusual ref, HEAD — returns false and goes the
 * full way through Fastify, which answers it as documented. The route stays the contract; this is
 * its common case without the per-request work of routing, hooks and reply objects.
 */
export function statusFastPath({ index, auth, stopping }: StatusFastPathDeps) {
  return function tryAnswer(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url;
    if (req.method !== 'GET' || url === undefined || !url.startsWith(PREFIX) || stopping()) return false;
    const ref = url.slice(PREFIX.length);
    // Anything needing decoding or routing (a query, a path, a trailing slash, %-escapes) goes the full way.
    if (/[/?#%+]/.test(ref) || !isPlainRef(ref)) return false;
    if (!rememberedCaller(auth, req.headers, 'status:read')) return false;
    const entry = index.get(ref);
    if (!entry) return false;
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(entry.json),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(entry.json);
    return true;
  };
}
