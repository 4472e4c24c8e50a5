import { z } from 'zod';
import { DEFAULT_MIN_WHYS } from '#domain/five-whys.ts';

const hours = z.number().int().min(1).max(8760);

/** A service level: hours to acknowledge, hours to finish (null: none, or the rule's for the pull's two orders). */
export const Sla = z
  .object({
    ackHours: hours.nullable().describe('unacknowledged after this many hours: escalate; null: no acknowledgement clock'),
    dueHours: hours.nullable().describe("due this many hours after opening; null: the rule's hours (inspection, root cause) or none"),
  })
  .meta({ id: 'Sla' });
export type Sla = z.infer<typeof Sla>;

const slaSubjects = ['andon', 'supplier_inspection', 'root_cause', 'corrective_action', 'acceptance'] as const;
export type SlaSubject = (typeof slaSubjects)[number];

const fields = {
  minWhys: z.number().int().min(1).max(20).describe('the shortest chain of whys accepted as a root cause'),
  probationDays: z.number().int().min(0).max(3650).describe('after a relist, one matching complaint within this many days re-pulls at once'),
  missedAndonHours: hours.describe('the rule met and nobody pulled within this many hours: a missed andon'),
  recurrenceSimilarity: z.number().min(0.1).max(1).describe('how alike (0–1) a new root cause must be to a closed one to count as a recurrence'),
  escalationStepHours: hours.describe('hours between two rungs of the escalation ladder'),
};

export const Settings = z
  .object({
    ...fields,
    slas: z
      .object(Object.fromEntries(slaSubjects.map((s) => [s, Sla])) as Record<SlaSubject, typeof Sla>)
      .describe("per work-order type (and the andon's lamp): acknowledgement and due hours"),
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  minWhys: DEFAULT_MIN_WHYS,
  probationDays: 30,
  missedAndonHours: 24,
  recurrenceSimilarity: 0.5,
  escalationStepHours: 24,
  slas: {
    andon: { ackHours: null, dueHours: 168 },
    supplier_inspection: { ackHours: 4, dueHours: null },
    root_cause: { ackHours: 8, dueHours: null },
    corrective_action: { ackHours: 24, dueHours: 336 },
    acceptance: { ackHours: 24, dueHours: 72 },
  },
};

export const UpdateSettingsBody = z
  .object({
    ...fields,
    slas: z.object(Object.fromEntries(slaSubjects.map((s) => [s, Sla.partial()])) as Record<SlaSubject, ReturnType<typeof Sla.partial>>).partial(),
  })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one setting to change' });
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsBody>;
