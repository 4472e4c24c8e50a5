import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type ChannelRecord, listChannels } from '../chat/chat.repository.ts';
import { listSubscriptions, type SubscriptionRecord } from './webhooks.repository.ts';

/** The event types a webhook subscriber can ask for. */
export const webhookEventTypes = [
  'complaint.created',
  'andon.pulled',
  'andon.reviewed',
  'target.suppressed',
  'target.relisted',
  'target.retired',
  'work_order.created',
  'work_order.escalated',
  'work_order.closed',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/**
 * Who listens, remembered in memory so that a command with no listener writes nothing more (the
 * complaint intake path stays as cheap as before). Reloaded after every change made here, and
 * every few seconds for changes made by other instances.
 */
export class Destinations {
  #subscriptions: SubscriptionRecord[] = [];
  #channels: ChannelRecord[] = [];
  #webhookTypes = new Set<string>();
  #chatEvents = new Set<string>();
  #loaded: Promise<void> | null = null;
  #timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  /** Loads once; later calls wait for the first load. */
  ready(): Promise<void> {
    return (this.#loaded ??= this.reload());
  }

  get loaded(): boolean {
    return this.#loaded !== null;
  }

  async reload(): Promise<void> {
    const [subscriptions, channels] = await Promise.all([listSubscriptions(this.db, true), listChannels(this.db, true)]);
    this.#subscriptions = subscriptions;
    this.#channels = channels;
    this.#webhookTypes = new Set(subscriptions.flatMap((s) => s.eventTypes));
    this.#chatEvents = new Set(channels.flatMap((c) => c.events));
    this.#loaded ??= Promise.resolve();
  }

  /** Reloads every `intervalMs` (changes made by other instances or the CLI). */
  follow(intervalMs: number): () => void {
    this.#timer = setInterval(() => void this.reload().catch(() => {}), intervalMs);
    this.#timer.unref();
    return () => {
      if (this.#timer) clearInterval(this.#timer);
      this.#timer = null;
    };
  }

  /** Is anyone listening at all? */
  get any(): boolean {
    return this.#webhookTypes.size > 0 || this.#chatEvents.size > 0;
  }

  wantsWebhook(type: string): boolean {
    return this.#webhookTypes.has(type);
  }

  wantsChat(event: string): boolean {
    return this.#chatEvents.has(event);
  }

  subscribersOf(type: string): SubscriptionRecord[] {
    return this.#subscriptions.filter((s) => s.eventTypes.includes(type));
  }

  channelsFor(event: string, teamId: string | null, level: string | null): ChannelRecord[] {
    return this.#channels.filter(
      (c) =>
        c.events.includes(event as ChannelRecord['events'][number]) &&
        (c.teamId === null || c.teamId === teamId) &&
        (c.levels.length === 0 || (level !== null && (c.levels as string[]).includes(level))),
    );
  }
}
