import type { Locale } from '#i18n/index.ts';
import { getAndonDetail } from '#server/modules/andons/andons.service.ts';
import { RelistBody, RetireBody, ReviewBody } from '#server/modules/andons/andons.schema.ts';
import { relistAndon, retireAndon, reviewAndon } from '#server/modules/andons/lifecycle.service.ts';
import { fireDueClocks } from '#server/modules/escalation/escalation.service.ts';
import { openSession, type Session, t, UsageError } from '../runtime.ts';
import { parseActing, printJson } from '../parse.ts';

type Flags = Record<string, string | boolean | undefined>;

function andonId(id: string | undefined, usage: string): string {
  if (!id) throw new UsageError(`give the andon id: ${usage}`);
  return id;
}

async function withSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
  const session = await openSession();
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

async function printOutcome(session: Session, id: string, flags: Flags, locale: Locale, line: (d: NonNullable<Awaited<ReturnType<typeof getAndonDetail>>>) => string) {
  const detail = await getAndonDetail(session.database.db, id);
  if (!detail) return;
  if (flags['json']) return printJson(detail);
  console.log(line(detail));
}

/** `andon review ID --by MANAGER --verdict valid|invalid [--reason-code CODE] [--note …]`: the manager's review. */
export async function review(id: string | undefined, flags: Flags, locale: Locale): Promise<void> {
  const target = andonId(id, 'andon review ANDON_ID --by MANAGER --verdict valid|invalid [--reason-code CODE]');
  const input = parseActing(ReviewBody, flags, { reviewedBy: 'by', verdict: 'verdict', reasonCode: 'reason-code', note: 'note' }, 'reviewedBy');
  await withSession(async (session) => {
    await session.run((tx) => reviewAndon(tx, target, input), input.reviewedBy);
    await printOutcome(session, target, flags, locale, (d) =>
      t(locale, 'cli.reviewed', { andonId: d.andon.id, verdict: input.verdict, reward: d.reward ? d.reward.status : '—' }),
    );
  });
}

/** `andon relist ID --by REF [--note …]`: back on sale, or exactly what is still missing. */
export async function relist(id: string | undefined, flags: Flags, locale: Locale): Promise<void> {
  const target = andonId(id, 'andon relist ANDON_ID --by REF');
  const input = parseActing(RelistBody, flags, { relistedBy: 'by', note: 'note' }, 'relistedBy');
  await withSession(async (session) => {
    await session.run((tx) => relistAndon(tx, target, input), input.relistedBy);
    await printOutcome(session, target, flags, locale, (d) =>
      t(locale, 'cli.relisted', { andonId: d.andon.id, target: d.target.ref, status: t(locale, `status.${d.target.status}`), until: d.andon.probationUntil }),
    );
  });
}

/** `andon retire ID --by REF --reason "…"`: the target is not coming back. */
export async function retire(id: string | undefined, flags: Flags, locale: Locale): Promise<void> {
  const target = andonId(id, 'andon retire ANDON_ID --by REF --reason "…"');
  const input = parseActing(RetireBody, flags, { retiredBy: 'by', reason: 'reason' }, 'retiredBy');
  await withSession(async (session) => {
    await session.run((tx) => retireAndon(tx, target, input), input.retiredBy);
    await printOutcome(session, target, flags, locale, (d) => t(locale, 'cli.retired', { andonId: d.andon.id, target: d.target.ref }));
  });
}

/** `andon escalate`: fires the escalation clocks due now (for a deployment without `andon serve`, e.g. from cron). */
export async function escalate(flags: Flags, locale: Locale): Promise<void> {
  await withSession(async (session) => {
    const fired = await fireDueClocks(session.writer, session.database.db);
    if (flags['json']) return printJson({ fired });
    console.log(t(locale, 'cli.escalated', { fired }));
  });
}
