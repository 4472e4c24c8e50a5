import { z } from 'zod';
import { notFound } from '#domain/errors.ts';
import type { AppContext, ZodApp } from '../../context.ts';
import { IdParams, problems } from '../../http/common.ts';
import { changeDestination, deliveryRoutes, queueMessage } from '../webhooks/deliveries.routes.ts';
import { Queued } from '../webhooks/webhooks.schema.ts';
import { findChannel, listChannels } from './chat.repository.ts';
import { ChatChannel, CreateChatChannelBody, UpdateChatChannelBody } from './chat.schema.ts';
import { createChannel, deleteChannel, presentChannel, testChannel, updateChannel } from './chat.service.ts';

/** Chat bots (DingTalk, Feishu/Lark, WeCom, Slack): the escalation ladder's outbound channel. */
export function chatRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['chat'];
  // Reading needs config:write too: URLs carry bot keys and receivers' addresses.
  const read = { permission: 'config:write' } as const;
  const write = { permission: 'config:write' } as const;
  app.post(
    '/chat-channels',
    { config: write, schema: { tags, summary: 'Connect a chat bot, routed by team and escalation rung', body: CreateChatChannelBody, response: { 201: ChatChannel, ...problems(400, 401, 403, 415, 422) } } },
    async (req, reply) => reply.code(201).send(presentChannel(await changeDestination(ctx, req, (tx) => createChannel(tx, req.body)))),
  );
  app.get(
    '/chat-channels',
    { config: read, schema: { tags, summary: 'Chat channels', response: { 200: z.object({ items: z.array(ChatChannel) }), ...problems(401, 403) } } },
    async () => ({ items: (await listChannels(ctx.database.db)).map(presentChannel) }),
  );
  app.get(
    '/chat-channels/:id',
    { config: read, schema: { tags, summary: 'A chat channel', params: IdParams, response: { 200: ChatChannel, ...problems(400, 401, 403, 404) } } },
    async (req) => {
      const c = await findChannel(ctx.database.db, req.params.id);
      if (!c) throw notFound('chat channel', req.params.id);
      return presentChannel(c);
    },
  );
  app.patch(
    '/chat-channels/:id',
    { config: write, schema: { tags, summary: 'Change routing, language, URL or secret, or pause it', params: IdParams, body: UpdateChatChannelBody, response: { 200: ChatChannel, ...problems(400, 401, 403, 404, 415, 422) } } },
    async (req) => presentChannel(await changeDestination(ctx, req, (tx) => updateChannel(tx, req.params.id, req.body))),
  );
  app.delete(
    '/chat-channels/:id',
    { config: write, schema: { tags, summary: 'Disconnect a chat bot', params: IdParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } } },
    async (req, reply) => {
      await changeDestination(ctx, req, (tx) => deleteChannel(tx, req.params.id));
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/chat-channels/:id/test',
    { config: write, schema: { tags, summary: 'Post a test message in the channel’s language', params: IdParams, response: { 202: Queued, ...problems(400, 401, 403, 404) } } },
    async (req, reply) => reply.code(202).send(await queueMessage(ctx, req, (tx) => testChannel(tx, req.params.id))),
  );
  deliveryRoutes(app, ctx, '/chat-channels', async (id) => (await findChannel(ctx.database.db, id)) !== undefined);
}
