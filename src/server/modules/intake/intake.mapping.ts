import { z } from 'zod';

/** The complaint fields a helpdesk ticket can fill. */
export const intakeFields = ['externalId', 'targetRef', 'customerRef', 'issueCode', 'text', 'orderRef', 'lotRef', 'channel', 'recordedBy', 'occurredAt'] as const;
export type IntakeField = (typeof intakeFields)[number];

/**
 * How one complaint field is read from a ticket: the first of `paths` that gives a value (dot
 * paths; `[2]` picks an array item, `[id=target_ref]` the item whose `id` is `target_ref`), else
 * `value`; then `map` translates it (e.g. a helpdesk's channel names) and `prefix` is put before it.
 */
export const FieldRule = z
  .object({
    paths: z.array(z.string().min(1).max(300)).max(10).default([]),
    value: z.string().max(1000).optional().describe('a constant, or the fallback when no path gives a value'),
    map: z.record(z.string(), z.string()).optional(),
    prefix: z.string().max(100).optional(),
  })
  .meta({ id: 'IntakeFieldRule' });
export type FieldRule = z.infer<typeof FieldRule>;

export const FieldMapping = z.partialRecord(z.enum(intakeFields), FieldRule).meta({ id: 'IntakeFieldMapping' });
export type FieldMapping = z.infer<typeof FieldMapping>;

const segment = /^([^[\]]*)((?:\[[^\]]+\])*)$/;

/** Reads a dot path (with `[n]` and `[key=value]` selectors) from parsed JSON. */
export function readPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.split('.')) {
    const m = segment.exec(part);
    if (!m) return undefined;
    const [, name, selectors] = m;
    if (name) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[name] : undefined;
    for (const sel of selectors?.match(/\[[^\]]+\]/g) ?? []) {
      const inner = sel.slice(1, -1);
      if (!Array.isArray(current)) return undefined;
      const eq = inner.indexOf('=');
      if (eq < 0) current = current[Number(inner)];
      else {
        const key = inner.slice(0, eq);
        const want = inner.slice(eq + 1);
        current = current.find((item) => item !== null && typeof item === 'object' && String((item as Record<string, unknown>)[key]) === want);
      }
    }
    if (current === undefined) return undefined;
  }
  return current;
}

function scalar(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Fills complaint fields from a ticket; `sources` says where each value came from (for error messages). */
export function applyMapping(mapping: FieldMapping, ticket: unknown): { values: Partial<Record<IntakeField, string>>; sources: Partial<Record<IntakeField, string>> } {
  const values: Partial<Record<IntakeField, string>> = {};
  const sources: Partial<Record<IntakeField, string>> = {};
  for (const field of intakeFields) {
    const rule = mapping[field];
    if (!rule) continue;
    let found: string | undefined;
    for (const path of rule.paths) {
      found = scalar(readPath(ticket, path));
      if (found !== undefined) {
        sources[field] = path;
        break;
      }
    }
    if (found === undefined && rule.value !== undefined) {
      found = rule.value;
      sources[field] = 'value';
    }
    if (found === undefined) continue;
    if (rule.map) found = rule.map[found] ?? rule.map['*'] ?? found;
    values[field] = `${rule.prefix ?? ''}${found}`;
  }
  return { values, sources };
}

/**
 * A ready mapping for Zendesk-style ticket webhooks: the webhook's JSON body names the ticket's
 * id, requester, description and channel, and two custom fields, `target_ref` and `issue_code`
 * (see the README for the body to paste into the helpdesk). External ids are `zendesk:<ticket id>`.
 */
export const zendeskMapping: FieldMapping = {
  externalId: { paths: ['ticket.id', 'id'], prefix: 'zendesk:' },
  targetRef: { paths: ['ticket.custom_fields[id=target_ref].value', 'ticket.target_ref'] },
  customerRef: { paths: ['ticket.requester.id', 'ticket.requester_id', 'ticket.requester.email'] },
  issueCode: { paths: ['ticket.custom_fields[id=issue_code].value', 'ticket.issue_code'] },
  text: { paths: ['ticket.description', 'ticket.subject'] },
  orderRef: { paths: ['ticket.custom_fields[id=order_ref].value'] },
  lotRef: { paths: ['ticket.custom_fields[id=lot_ref].value'] },
  channel: {
    paths: ['ticket.via.channel', 'ticket.via'],
    map: { email: 'email', web: 'web_form', web_form: 'web_form', chat: 'chat', native_messaging: 'chat', voice: 'phone', phone: 'phone', twitter: 'social', facebook: 'social', '*': 'other' },
  },
  occurredAt: { paths: ['ticket.created_at'] },
};

export const presets: Record<string, { name: string; fields: FieldMapping }> = {
  zendesk: { name: 'Zendesk-style ticket webhook', fields: zendeskMapping },
};
