import { z } from 'zod';
import { Id, IsoTimestamp, PageQuery, text } from '../../http/common.ts';
import { webhookEventTypes } from './destinations.ts';

/** An http(s) URL a server can POST to. */
export const HookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('where to POST (http or https)');

export const WebhookSubscription = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    eventTypes: z.array(z.enum(webhookEventTypes)),
    active: z.boolean(),
    secrets: z
      .array(z.object({ prefix: z.string().describe('the first characters, to tell secrets apart'), createdAt: IsoTimestamp, expiresAt: IsoTimestamp.nullable() }))
      .describe('the live signing secrets, newest first (each delivery carries one signature per secret)'),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'WebhookSubscription' });
export type WebhookSubscription = z.infer<typeof WebhookSubscription>;

export const WebhookWithSecret = z
  .object({ subscription: WebhookSubscription, secret: z.string().describe('whsec_…: shown once; verify deliveries with it (Standard Webhooks)') })
  .meta({ id: 'WebhookWithSecret' });

export const CreateWebhookBody = z.object({
  name: text(200).pipe(z.string().min(1)),
  url: HookUrl,
  eventTypes: z.array(z.enum(webhookEventTypes)).min(1).max(webhookEventTypes.length),
  active: z.boolean().default(true),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookBody>;

export const UpdateWebhookBody = CreateWebhookBody.partial().refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookBody>;

export const RotateSecretBody = z.object({
  keepOldHours: z.number().min(0).max(24 * 30).default(24).describe('how long the old secret keeps signing beside the new one'),
});

export const OutboxMessageSchema = z
  .object({
    id: z.string(),
    messageId: z.string().describe('the webhook-id header: the same on every attempt'),
    eventType: z.string(),
    orderKey: z.string().describe("the target's id: one target's messages arrive in order"),
    status: z.enum(['pending', 'delivered', 'dead']),
    attempts: z.number().int(),
    nextAttemptAt: IsoTimestamp,
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: IsoTimestamp,
    deliveredAt: IsoTimestamp.nullable(),
  })
  .meta({ id: 'OutboxMessage' });

export const DeliveryAttemptSchema = z
  .object({
    attempt: z.number().int(),
    ok: z.boolean(),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    at: IsoTimestamp,
  })
  .meta({ id: 'DeliveryAttempt' });

export const MessageDetail = OutboxMessageSchema.extend({ payload: z.record(z.string(), z.unknown()), attemptLog: z.array(DeliveryAttemptSchema) }).meta({ id: 'OutboxMessageDetail' });

export const ListMessagesQuery = z.object({ ...PageQuery, status: z.enum(['pending', 'delivered', 'dead']).optional() });
export const MessageParams = z.object({ id: Id, messageId: Id });
export const Queued = z.object({ messageId: z.string(), status: z.literal('pending') }).meta({ id: 'Queued' });
