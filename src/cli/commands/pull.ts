import { formatMoney } from '#domain/money.ts';
import type { Locale } from '#i18n/index.ts';
import { PullBody } from '#server/modules/andons/andons.schema.ts';
import { getAndonDetail, pullCord } from '#server/modules/andons/andons.service.ts';
import { openSession, t } from '../runtime.ts';
import { parseActing, printJson } from '../parse.ts';

/** `andon pull`: pulls the cord through the same service and schema as the API. */
export async function pull(flags: Record<string, string | boolean | undefined>, locale: Locale): Promise<void> {
  const input = parseActing(
    PullBody,
    flags,
    { complaintId: 'complaint', targetRef: 'target', issueCode: 'issue', pulledBy: 'by', reason: 'reason' },
    'pulledBy',
  );
  const session = await openSession();
  try {
    const matching = await session.matching();
    const result = await session.run((tx) => pullCord(tx, input, { matching }), input.pulledBy);
    const detail = await getAndonDetail(session.database.db, result.andon.id);
    if (flags['json']) return printJson(detail);
    console.log(t(locale, 'cli.pulled', { andonId: result.andon.id, target: result.target.ref }));
    for (const o of detail?.workOrders ?? []) {
      console.log('  ' + t(locale, 'cli.workOrder', { type: o.type, team: o.ownerTeamId ?? '—', due: o.dueAt }));
    }
    if (detail?.reward) {
      console.log('  ' + t(locale, 'cli.rewardPending', { agent: detail.reward.agentRef, amount: formatMoney(detail.reward.amount, locale) }));
    }
  } finally {
    await session.close();
  }
}
