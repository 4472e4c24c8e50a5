import { z } from 'zod';
import { escalationLevels } from '#domain/escalation.ts';
import { Id, IsoTimestamp, text } from '../../http/common.ts';
import { HookUrl } from '../webhooks/webhooks.schema.ts';
import { chatEvents, chatPlatforms } from './chat.repository.ts';

export const ChatChannel = z
  .object({
    id: z.string(),
    name: z.string(),
    platform: z.enum(chatPlatforms),
    url: z.string().describe('the bot webhook (its key or access token is shown in part)'),
    signed: z.boolean().describe('a signing secret is set (DingTalk, Feishu/Lark)'),
    locale: z.enum(['en', 'zh-CN']),
    teamId: z.string().nullable().describe("only this team's notices (null: every team)"),
    levels: z.array(z.enum(escalationLevels)).describe('only these rungs of the escalation ladder (empty: every rung)'),
    events: z.array(z.enum(chatEvents)),
    active: z.boolean(),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'ChatChannel' });
export type ChatChannel = z.infer<typeof ChatChannel>;

export const CreateChatChannelBody = z
  .object({
    name: text(200).pipe(z.string().min(1)),
    platform: z.enum(chatPlatforms),
    url: HookUrl.describe('DingTalk …/robot/send?access_token=…, Feishu/Lark …/bot/v2/hook/…, WeCom …/webhook/send?key=…, Slack https://hooks.slack.com/services/…'),
    secret: z.string().trim().min(1).max(500).nullish().describe("DingTalk's SEC… or Feishu/Lark's signing secret"),
    locale: z.enum(['en', 'zh-CN']).default('zh-CN'),
    teamId: Id.nullish(),
    levels: z.array(z.enum(escalationLevels)).max(escalationLevels.length).default([]),
    events: z.array(z.enum(chatEvents)).min(1).max(chatEvents.length).default(['escalation']),
    active: z.boolean().default(true),
  })
  .superRefine((b, c) => {
    if (b.secret && (b.platform === 'wecom' || b.platform === 'slack')) {
      c.addIssue({ code: 'custom', path: ['secret'], message: `${b.platform} bots are not signed: the key is in the URL` });
    }
  });
export type CreateChatChannelInput = z.infer<typeof CreateChatChannelBody>;

export const UpdateChatChannelBody = z
  .object({
    name: text(200).pipe(z.string().min(1)),
    url: HookUrl,
    secret: z.string().trim().min(1).max(500).nullable(),
    locale: z.enum(['en', 'zh-CN']),
    teamId: Id.nullable(),
    levels: z.array(z.enum(escalationLevels)).max(escalationLevels.length),
    events: z.array(z.enum(chatEvents)).min(1).max(chatEvents.length),
    active: z.boolean(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type UpdateChatChannelInput = z.infer<typeof UpdateChatChannelBody>;
