import type { FastifyReply, FastifyRequest, onResponseHookHandler } from 'fastify';
import type { IntegrationsConfig } from '../../config.ts';
import type { OpsMetrics } from './ops.metrics.ts';

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * One hook after each response: the request's duration into the Prometheus histogram, and an access
 * log line through the request's own logger (so it carries `reqId`, the X-Request-Id). Lines at info:
 * errors always; changes (not reads) with `writes`, the default; everything with `all`. At debug
 * level every request is logged. Server errors are warnings. A callback hook: no promise per request.
 */
export function accessLogHook(mode: IntegrationsConfig['accessLog'], debug: boolean, metrics: OpsMetrics | null): onResponseHookHandler {
  return function onResponse(request: FastifyRequest, reply: FastifyReply, done: () => void) {
    const status = reply.statusCode;
    const ms = reply.elapsedTime;
    metrics?.observeRequest(request.method, request.routeOptions.url ?? 'unmatched', status, ms / 1000);
    if (status >= 500) {
      request.log.warn({ method: request.method, url: request.url, status, ms }, 'request failed');
    } else if (mode === 'all' || (mode !== 'off' && status >= 400) || (mode === 'writes' && !reads.has(request.method))) {
      request.log.info({ method: request.method, url: request.url, status, ms }, 'request');
    } else if (debug) {
      request.log.debug({ method: request.method, url: request.url, status, ms }, 'request');
    }
    done();
  };
}
