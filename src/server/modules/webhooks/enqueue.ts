import type { Tx } from '../../db/writer.ts';
import type { DomainEvent } from '../../events.ts';
import { findAndon } from '../andons/andons.repository.ts';
import { findComplaint, presentComplaint } from '../complaints/complaints.repository.ts';
import { findNotification } from '../notifications/notifications.repository.ts';
import { findTarget, presentTarget } from '../targets/targets.repository.ts';
import { findTeam } from '../teams/teams.repository.ts';
import { findWorkOrder, presentWorkOrder } from '../work-orders/work-orders.service.ts';
import type { Destinations } from './destinations.ts';
import { insertMessages, newMessage, type OutboxMessage } from './outbox.repository.ts';

/** A webhook body per the Standard Webhooks spec: `{ type, timestamp, data }`. */
export interface WebhookBody {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

interface Candidate {
  webhook: string | null;
  chat: 'escalation' | 'andon.pulled' | null;
}

/** What a domain event may become outside, decided without touching the database. */
function candidateOf(e: DomainEvent): Candidate {
  switch (e.type) {
    case 'complaint.created':
    case 'target.suppressed':
    case 'target.relisted':
    case 'target.retired':
      return { webhook: e.type, chat: null };
    case 'andon.pulled':
      return { webhook: e.type, chat: 'andon.pulled' };
    case 'andon.changed':
      return { webhook: e.change === 'review' ? 'andon.reviewed' : null, chat: null };
    case 'work_order.changed':
      if (e.status === 'open') return { webhook: 'work_order.created', chat: null };
      return { webhook: e.status === 'done' || e.status === 'cancelled' ? 'work_order.closed' : null, chat: null };
    case 'notification.created':
      return { webhook: 'work_order.escalated', chat: 'escalation' };
    case 'target.upserted':
      return { webhook: null, chat: null };
  }
}

interface Built {
  orderKey: string;
  data: Record<string, unknown> | null;
  chat: Record<string, unknown> | null;
  teamId: string | null;
  level: string | null;
}

async function targetFacts(tx: Tx, targetId: string) {
  const target = await findTarget(tx.db, targetId);
  return target ? { id: target.id, ref: target.ref, name: target.name, monthlyGmv: target.monthlyGmv } : { id: targetId, ref: targetId, name: targetId, monthlyGmv: null };
}

/** Reads what the receivers are told, inside the transaction (so it is what was committed). */
async function build(tx: Tx, e: DomainEvent, c: Candidate): Promise<Built | null> {
  switch (e.type) {
    case 'complaint.created': {
      const complaint = await findComplaint(tx.db, e.complaintId);
      return complaint ? { orderKey: e.targetId, data: { complaint: presentComplaint(complaint) }, chat: null, teamId: null, level: null } : null;
    }
    case 'target.suppressed':
    case 'target.relisted':
    case 'target.retired': {
      const target = await findTarget(tx.db, e.target.id);
      return target ? { orderKey: target.id, data: { target: presentTarget(target) }, chat: null, teamId: null, level: null } : null;
    }
    case 'andon.pulled':
    case 'andon.changed': {
      const andon = await findAndon(tx.db, e.andonId);
      if (!andon) return null;
      const target = await targetFacts(tx, andon.targetId);
      const chat = c.chat ? { kind: 'andon.pulled', andonId: andon.id, target, issueCode: andon.issueCode, pulledBy: andon.pulledBy, trigger: andon.trigger, pulledAt: andon.pulledAt } : null;
      return { orderKey: andon.targetId, data: { andon, target }, chat, teamId: andon.teamId, level: null };
    }
    case 'work_order.changed': {
      const order = await findWorkOrder(tx.db, e.workOrderId);
      // "open" also follows an assignment: only an order made in this unit of work is "created".
      if (!order || (c.webhook === 'work_order.created' && order.createdAt !== tx.now.toISOString())) return null;
      const andon = await findAndon(tx.db, order.andonId);
      return { orderKey: andon?.targetId ?? order.andonId, data: { workOrder: presentWorkOrder(order, 'en') }, chat: null, teamId: order.ownerTeamId, level: null };
    }
    case 'notification.created': {
      const n = await findNotification(tx.db, e.notificationId);
      if (!n) return null;
      const andon = n.andonId ? await findAndon(tx.db, n.andonId) : undefined;
      const order = n.subjectType === 'work_order' ? await findWorkOrder(tx.db, n.subjectId) : undefined;
      const target = andon ? await targetFacts(tx, andon.targetId) : null;
      const team = n.teamId ? await findTeam(tx.db, n.teamId) : undefined;
      const clock = n.messageKey.split('.').pop() ?? 'due';
      const data = order ? { notification: n, workOrder: presentWorkOrder(order, 'en') } : null;
      const chat = {
        kind: 'escalation',
        clock,
        level: n.level,
        recipientRef: n.recipientRef,
        team: team ? { id: team.id, name: team.name } : null,
        andonId: n.andonId,
        target,
        issueCode: andon?.issueCode ?? null,
        workOrderType: order?.type ?? null,
        dueAt: order?.dueAt ?? null,
        pulledAt: andon?.pulledAt ?? null,
      };
      return { orderKey: andon?.targetId ?? n.subjectId, data, chat, teamId: n.teamId, level: n.level };
    }
    case 'target.upserted':
      return null;
  }
}

/**
 * Writes, in the command's own transaction, one outbox message per listener of each event the
 * command emitted: webhook subscribers by event type, chat channels by team and rung. Nothing is
 * read or written for events nobody listens to.
 */
export async function enqueueEvents(tx: Tx, events: readonly DomainEvent[], destinations: Destinations): Promise<number> {
  const messages: OutboxMessage[] = [];
  const timestamp = tx.now.toISOString();
  for (const e of events) {
    const c = candidateOf(e);
    const webhook = c.webhook && destinations.wantsWebhook(c.webhook) ? c.webhook : null;
    const chat = c.chat && destinations.wantsChat(c.chat) ? c.chat : null;
    if (!webhook && !chat) continue;
    const built = await build(tx, e, { webhook, chat });
    if (!built) continue;
    if (webhook && built.data) {
      const body: WebhookBody = { type: webhook, timestamp, data: built.data };
      for (const s of destinations.subscribersOf(webhook)) messages.push(newMessage(timestamp, { kind: 'webhook', destinationId: s.id, eventType: webhook, orderKey: built.orderKey, payload: body as unknown as Record<string, unknown> }));
    }
    if (chat && built.chat) {
      for (const ch of destinations.channelsFor(chat, built.teamId, built.level)) messages.push(newMessage(timestamp, { kind: 'chat', destinationId: ch.id, eventType: chat, orderKey: built.orderKey, payload: built.chat }));
    }
  }
  await insertMessages(tx.db, messages);
  return messages.length;
}
