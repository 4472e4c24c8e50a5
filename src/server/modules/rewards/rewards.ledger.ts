import type { Kysely } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import { currencyDigits, type Money } from '#domain/money.ts';
import type { Database } from '../../db/schema.ts';
import { type LedgerRow, ledgerRows } from './rewards.repository.ts';
import type { LedgerFilter } from './rewards.schema.ts';

/** The ledger's period: as asked, else this month so far (UTC). */
export function ledgerPeriod(f: LedgerFilter, now = new Date()): { from: string; to: string } {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  return { from: f.from ? new Date(f.from).toISOString() : monthStart, to: f.to ? new Date(f.to).toISOString() : now.toISOString() };
}

function totals(rows: LedgerRow[]): Money[] {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(r.currency, (sums.get(r.currency) ?? 0) + r.amountMinor);
  return [...sums].map(([currency, amountMinor]) => ({ amountMinor, currency }));
}

/** The reward ledger per agent for a period: granted and pending totals, and how many pulls were voided. */
export async function rewardLedger(db: Kysely<Database>, f: LedgerFilter, now = new Date()) {
  const period = ledgerPeriod(f, now);
  const rows = await ledgerRows(db, { ...period, agentRef: f.agentRef, status: f.status });
  const byAgent = new Map<string, LedgerRow[]>();
  for (const r of rows) byAgent.set(r.agentRef, [...(byAgent.get(r.agentRef) ?? []), r]);
  const agents = [...byAgent].map(([agentRef, list]) => {
    const of = (s: LedgerRow['status']) => list.filter((r) => r.status === s);
    return {
      agentRef,
      teamId: list[0]!.teamId,
      granted: totals(of('granted')),
      pending: totals(of('pending')),
      grantedCount: of('granted').length,
      pendingCount: of('pending').length,
      voidCount: of('void').length,
    };
  });
  return { ...period, agents };
}

/** The same ledger, one reward a line, as CSV for payroll (amounts in major units, e.g. 50.00). */
export async function rewardLedgerCsv(db: Kysely<Database>, f: LedgerFilter, now = new Date()): Promise<string> {
  const period = ledgerPeriod(f, now);
  const rows = await ledgerRows(db, { ...period, agentRef: f.agentRef, status: f.status });
  return stringify(
    rows.map((r) => {
      const digits = currencyDigits(r.currency);
      return [r.agentRef, r.teamId ?? '', r.status, (r.amountMinor / 10 ** digits).toFixed(digits), r.currency, r.targetRef, r.issueCode, r.andonId, r.earnedAt, r.decidedAt ?? '', r.rewardId];
    }),
    {
      header: true,
      columns: ['agent_ref', 'team_id', 'status', 'amount', 'currency', 'target_ref', 'issue_code', 'andon_id', 'earned_at', 'decided_at', 'reward_id'],
    },
  );
}
