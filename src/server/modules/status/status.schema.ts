import { z } from 'zod';
import { targetStatuses } from '#domain/targets.ts';
import { IsoTimestamp, Ref } from '../../http/common.ts';

export const TargetStatus = z
  .object({
    ref: z.string(),
    onSale: z.boolean().describe('false while an andon holds the target off sale, or when it is retired'),
    status: z.enum(targetStatuses),
    andonId: z.string().nullable(),
    since: IsoTimestamp.nullable().describe('when the status last changed'),
  })
  .meta({ id: 'TargetStatus' });

export const StatusParams = z.object({ ref: Ref });

export const MAX_STATUS_BATCH = 1000;

export const StatusBatchBody = z.object({ refs: z.array(Ref).min(1).max(MAX_STATUS_BATCH) });

export const StatusBatchQuery = z.object({
  refs: z
    .string()
    .min(1)
    .transform((s) => s.split(',').map((r) => r.trim()).filter(Boolean))
    .pipe(z.array(Ref).min(1).max(MAX_STATUS_BATCH))
    .describe('comma-separated refs (use POST for refs containing commas)'),
});

export const StatusBatch = z
  .object({ items: z.array(TargetStatus), unknown: z.array(z.string()).describe('refs no target has') })
  .meta({ id: 'TargetStatusBatch' });
