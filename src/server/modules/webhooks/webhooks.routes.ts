import { z } from 'zod';
import { notFound } from '#domain/errors.ts';
import type { AppContext, ZodApp } from '../../context.ts';
import { IdParams, problems } from '../../http/common.ts';
import { changeDestination, deliveryRoutes, queueMessage } from './deliveries.routes.ts';
import { findSubscription, listSubscriptions } from './webhooks.repository.ts';
import { CreateWebhookBody, Queued, RotateSecretBody, UpdateWebhookBody, WebhookSubscription, WebhookWithSecret } from './webhooks.schema.ts';
import { createSubscription, deleteSubscription, pingSubscription, presentSubscription, rotateSecret, updateSubscription } from './webhooks.service.ts';

/** Outbound webhooks: subscriptions per event type, signed per Standard Webhooks, with a delivery log. */
export function webhookRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['webhooks'];
  // Reading needs config:write too: URLs carry bot keys and receivers' addresses.
  const read = { permission: 'config:write' } as const;
  const write = { permission: 'config:write' } as const;
  app.post(
    '/webhooks',
    { config: write, schema: { tags, summary: 'Subscribe a URL to event types (the secret is shown once)', body: CreateWebhookBody, response: { 201: WebhookWithSecret, ...problems(400, 401, 403, 415) } } },
    async (req, reply) => {
      const { subscription, secret } = await changeDestination(ctx, req, (tx) => createSubscription(tx, req.body));
      return reply.code(201).send({ subscription: presentSubscription(subscription), secret });
    },
  );
  app.get(
    '/webhooks',
    { config: read, schema: { tags, summary: 'Webhook subscriptions', response: { 200: z.object({ items: z.array(WebhookSubscription) }), ...problems(401, 403) } } },
    async () => ({ items: (await listSubscriptions(ctx.database.db)).map((s) => presentSubscription(s)) }),
  );
  app.get(
    '/webhooks/:id',
    { config: read, schema: { tags, summary: 'A webhook subscription', params: IdParams, response: { 200: WebhookSubscription, ...problems(400, 401, 403, 404) } } },
    async (req) => {
      const s = await findSubscription(ctx.database.db, req.params.id);
      if (!s) throw notFound('webhook subscription', req.params.id);
      return presentSubscription(s);
    },
  );
  app.patch(
    '/webhooks/:id',
    { config: write, schema: { tags, summary: 'Change the URL, event types, name, or pause it', params: IdParams, body: UpdateWebhookBody, response: { 200: WebhookSubscription, ...problems(400, 401, 403, 404, 415) } } },
    async (req) => presentSubscription(await changeDestination(ctx, req, (tx) => updateSubscription(tx, req.params.id, req.body))),
  );
  app.delete(
    '/webhooks/:id',
    { config: write, schema: { tags, summary: 'Unsubscribe (undelivered messages are dropped)', params: IdParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } } },
    async (req, reply) => {
      await changeDestination(ctx, req, (tx) => deleteSubscription(tx, req.params.id));
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/webhooks/:id/rotate-secret',
    {
      config: write,
      schema: { tags, summary: 'A new signing secret; the old one keeps signing beside it for keepOldHours', params: IdParams, body: RotateSecretBody, response: { 200: WebhookWithSecret, ...problems(400, 401, 403, 404, 415) } },
    },
    async (req) => {
      const { subscription, secret } = await changeDestination(ctx, req, (tx) => rotateSecret(tx, req.params.id, req.body.keepOldHours));
      return { subscription: presentSubscription(subscription), secret };
    },
  );
  app.post(
    '/webhooks/:id/test',
    { config: write, schema: { tags, summary: 'Send a signed `webhook.test` ping through the outbox', params: IdParams, response: { 202: Queued, ...problems(400, 401, 403, 404) } } },
    async (req, reply) => reply.code(202).send(await queueMessage(ctx, req, (tx) => pingSubscription(tx, req.params.id))),
  );
  deliveryRoutes(app, ctx, '/webhooks', async (id) => (await findSubscription(ctx.database.db, id)) !== undefined);
}
