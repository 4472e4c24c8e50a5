import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import type { Actor, Writer } from './db/writer.ts';
import type { EventBus } from './events.ts';
import type { MatchingEngine } from './modules/matching/matching.engine.ts';
import type { StatusIndex } from './modules/status/status-index.ts';

/** What every module's routes get: passed in, never reached through a global. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  writer: Writer;
  events: EventBus;
  statusIndex: StatusIndex;
  matching: MatchingEngine;
}

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The actor behind a request (the API has no sign-in yet: every caller is "api"). */
export function actorOf(request: FastifyRequest): Actor {
  return { id: 'api', requestId: request.id };
}
