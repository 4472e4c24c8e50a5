import { z } from 'zod';
import { ProblemSchema } from './problem.ts';

export const Id = z.string().min(1).max(100);
export const IdParams = z.object({ id: Id });

/** Free text a person typed: trimmed, bounded, never control characters other than newlines and tabs. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), { message: 'contains control characters' });
}

/** A caller's identifier (SKU, ticket id, customer id): 1–200 visible characters, no surrounding spaces. */
export const Ref = z
  .string()
  .trim()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\u0000-\u001F\u007F]/.test(s), { message: 'contains control characters' });

const knownCurrencies = new Set<string>();

export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals, e.g. CNY, USD, EUR')
  .refine(
    (c) => {
      // Remembered: building a currency formatter costs tens of microseconds (bulk imports check millions).
      if (knownCurrencies.has(c)) return true;
      try {
        new Intl.NumberFormat('en', { style: 'currency', currency: c });
        knownCurrencies.add(c);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'unknown currency' },
  );

export const Money = z
  .object({
    amountMinor: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .describe('integer minor units (fen, cents): ¥1.25M is 125000000'),
    currency: Currency,
  })
  .meta({ id: 'Money' });

export const IsoTimestamp = z.iso.datetime({ offset: true }).describe('ISO-8601 timestamp');

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
};

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A body's input once the person acting is settled: the field is theirs (the signed-in user's ref, or whom a token names). */
export type Acting<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: string };

/** Describes a field naming who acts: it defaults to the signed-in person and may not name anyone else. */
export function actorRef(what: string) {
  return Ref.optional().describe(`${what}: defaults to the signed-in person, who may not name anyone else (403); an API token names the person it acts for`);
}

/** The problem responses a route documents, by status. */
export function problems(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503)[]) {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema])) as Record<number, typeof ProblemSchema>;
}
