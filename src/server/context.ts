import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type ActorField, sameRef } from '#domain/access.ts';
import { AndonError } from '#domain/errors.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import type { Actor, Writer } from './db/writer.ts';
import type { EventBus } from './events.ts';
import type { Authenticator, Principal } from './modules/auth/authenticator.ts';
import type { MatchingEngine } from './modules/matching/matching.engine.ts';
import type { OpsMetrics } from './modules/ops/ops.metrics.ts';
import type { Lifecycle } from './modules/ops/ops.routes.ts';
import type { Outbox } from './modules/webhooks/integrations.ts';
import type { StatusIndex } from './modules/status/status-index.ts';

/** What every module's routes get: passed in, never reached through a global. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  writer: Writer;
  events: EventBus;
  statusIndex: StatusIndex;
  matching: MatchingEngine;
  auth: Authenticator;
  /** A customer ref as stored and compared (a keyed hash when ANDON_CUSTOMER_HASH_KEY is set). */
  customerRef: (ref: string) => string;
  /** Webhooks and chat messages written with each change and delivered after commit. */
  outbox: Outbox;
  /** Prometheus metrics and the server's lifecycle (readiness, draining). */
  ops: { metrics: OpsMetrics; lifecycle: Lifecycle };
}

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

function viaOf(p: Principal): string {
  return p.via === 'session' ? `session:${p.sessionId?.slice(0, 12)}` : `token:${p.tokenId}`;
}

/**
 * The actor behind a request, as the audit log records it: the signed-in person, or the API token
 * (`token:<name>`), or the person an API token acts on behalf of, with the credential it came by.
 */
export function actorOf(request: FastifyRequest, onBehalfOf?: string | null): Actor {
  const p = request.principal;
  if (!p) return { id: 'anonymous', requestId: request.id };
  const id = p.via === 'token' && onBehalfOf ? onBehalfOf : p.ref;
  return { id, requestId: request.id, via: viaOf(p) };
}

/**
 * Who does what a request body says someone does (`pulledBy`, `recordedBy` …). A signed-in person
 * is that someone: the field defaults to them and may not name anyone else (403 naming the field).
 * An API token acts on behalf of the person the field names, as a helpdesk records for its agents;
 * `required` fields must then be given (422).
 */
export function actingAs(request: FastifyRequest, field: ActorField, named: string | null | undefined, required = true): string | null {
  const p = request.principal;
  const given = named?.trim() || undefined;
  if (p?.via === 'session') {
    if (given !== undefined && !sameRef(given, p.ref)) {
      throw new AndonError('actor_mismatch', { field, value: given, you: p.ref }, [{ path: [field], code: 'actor_mismatch', params: { you: p.ref } }]);
    }
    return p.ref;
  }
  if (given !== undefined) return given;
  if (!required) return null;
  throw new AndonError('actor_required', { field }, [{ path: [field], code: 'actor_required' }]);
}

/** `actingAs` for a field that must name someone, with the actor to record. */
export function act(request: FastifyRequest, field: ActorField, named: string | null | undefined): { by: string; actor: Actor } {
  const by = actingAs(request, field, named, true)!;
  return { by, actor: actorOf(request, by) };
}
