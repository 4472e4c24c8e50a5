import type { FastifyRequest } from 'fastify';
import { notFound } from '#domain/errors.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { pageOf } from '../../db/pagination.ts';
import type { Command } from '../../db/writer.ts';
import { page, problems } from '../../http/common.ts';
import { IdParams } from '../../http/common.ts';
import { findMessage, listAttempts, listMessages, type OutboxMessage } from './outbox.repository.ts';
import { ListMessagesQuery, MessageDetail, MessageParams, OutboxMessageSchema, Queued } from './webhooks.schema.ts';
import { redeliver } from './webhooks.service.ts';

function present(m: OutboxMessage) {
  const { payload: _p, destinationKind: _k, destinationId: _d, leaseUntil: _l, ...rest } = m;
  return rest;
}

/** Runs a change to a destination; this instance hears it at once, others pick it up within seconds. */
export async function changeDestination<T>(ctx: AppContext, req: FastifyRequest, command: Command<T>): Promise<T> {
  const value = await ctx.writer.run(command, actorOf(req));
  await ctx.outbox.destinations.reload();
  return value;
}

/** Runs a command that queues one message, wakes the dispatcher, and gives the 202 answer. */
export async function queueMessage(ctx: AppContext, req: FastifyRequest, command: Command<OutboxMessage>) {
  const m = await ctx.writer.run(command, actorOf(req));
  ctx.outbox.dispatcher.wake();
  return { messageId: m.messageId, status: 'pending' as const };
}

/** A destination's delivery log, one message with its attempts, and manual redelivery (webhooks and chat channels alike). */
export function deliveryRoutes(app: ZodApp, ctx: AppContext, prefix: '/webhooks' | '/chat-channels', exists: (id: string) => Promise<boolean>): void {
  const tags = [prefix === '/webhooks' ? 'webhooks' : 'chat'];
  // Reading needs config:write too: URLs carry bot keys and receivers' addresses.
  const read = { permission: 'config:write' } as const;
  const write = { permission: 'config:write' } as const;
  const mustExist = async (id: string) => {
    if (!(await exists(id))) throw notFound(prefix === '/webhooks' ? 'webhook subscription' : 'chat channel', id);
  };
  app.get(
    `${prefix}/:id/deliveries`,
    { config: read, schema: { tags, summary: 'The delivery log: messages, newest first, with their status', params: IdParams, querystring: ListMessagesQuery, response: { 200: page(OutboxMessageSchema), ...problems(400, 401, 403, 404) } } },
    async (req) => {
      await mustExist(req.params.id);
      const rows = await listMessages(ctx.database.db, { destinationId: req.params.id, status: req.query.status, limit: req.query.limit + 1, cursor: req.query.cursor });
      return pageOf(rows.map(present), req.query.limit, (m) => m.id);
    },
  );
  app.get(
    `${prefix}/:id/deliveries/:messageId`,
    { config: read, schema: { tags, summary: 'One message: its body and every attempt', params: MessageParams, response: { 200: MessageDetail, ...problems(400, 401, 403, 404) } } },
    async (req) => {
      const m = await findMessage(ctx.database.db, req.params.messageId);
      if (!m || m.destinationId !== req.params.id) throw notFound('message', req.params.messageId);
      const attempts = await listAttempts(ctx.database.db, m.id);
      return { ...present(m), payload: m.payload, attemptLog: attempts.map(({ id: _i, outboxId: _o, destinationId: _d, ...a }) => a) };
    },
  );
  app.post(
    `${prefix}/:id/deliveries/:messageId/redeliver`,
    { config: write, schema: { tags, summary: 'Deliver a message again (same webhook-id), ahead of the later messages of its target', params: MessageParams, response: { 202: Queued, ...problems(400, 401, 403, 404) } } },
    async (req, reply) => reply.code(202).send(await queueMessage(ctx, req, (tx) => redeliver(tx, req.params.id, req.params.messageId))),
  );
}
