import type { Locale } from '#i18n/index.ts';
import { CreateComplaintBody } from '#server/modules/complaints/complaints.schema.ts';
import { recordComplaint } from '#server/modules/complaints/complaints.service.ts';
import { presentComplaint } from '#server/modules/complaints/complaints.repository.ts';
import type { RepeatEvidence } from '#server/modules/andons/andons.schema.ts';
import { openSession, t } from '../runtime.ts';
import { parseWith, printJson } from '../parse.ts';

export function printRepeat(locale: Locale, repeat: RepeatEvidence): void {
  console.log(t(locale, 'cli.repeatLine', { count: repeat.distinctCustomers, threshold: repeat.threshold, days: repeat.windowDays }));
  if (!repeat.counts) console.log(t(locale, 'cli.ruleNotCounting'));
  else if (repeat.met) console.log(t(locale, 'cli.ruleMet', { count: repeat.distinctCustomers }));
  for (const c of repeat.complaints.slice(0, 10)) {
    const words = c.text.length > 60 ? `${c.text.slice(0, 57)}…` : c.text;
    console.log(`  • ${c.occurredAt.slice(0, 16).replace('T', ' ')}  ${c.customerRef}  ${words}`);
  }
}

/** `andon complaint add`: records a complaint through the same service and schema as the API. */
export async function complaintAdd(flags: Record<string, string | boolean | undefined>, locale: Locale): Promise<void> {
  const input = parseWith(
    CreateComplaintBody,
    flags,
    {
      targetRef: 'target',
      customerRef: 'customer',
      issueCode: 'issue',
      text: 'text',
      orderRef: 'order',
      lotRef: 'lot',
      channel: 'channel',
      recordedBy: 'agent',
      externalId: 'external-id',
      occurredAt: 'occurred-at',
    },
    typeof flags['compensation'] === 'string' ? { compensation: { kind: flags['compensation'] } } : {},
  );
  const session = await openSession();
  try {
    const matching = await session.matching();
    const result = await session.run((tx) => recordComplaint(tx, input, { matching }), String(flags['agent'] ?? 'cli'));
    if (flags['json']) return printJson({ ...result, complaint: presentComplaint(result.complaint) });
    const c = result.complaint;
    if (result.replayed) console.log(t(locale, 'cli.complaintReplayed', { id: c.id }));
    else console.log(t(locale, 'cli.complaintRecorded', { id: c.id, target: input.targetRef ?? c.targetId, issue: c.issueCode }));
    printRepeat(locale, result.repeat);
    if (result.action === 'suggest_pull') console.log(t(locale, 'cli.suggestPull', { id: c.id }));
    if (result.action === 'auto_pulled') console.log(t(locale, 'cli.autoPulled', { andonId: result.andon?.id, target: input.targetRef ?? c.targetId }));
    if (result.action === 'recurrence_pulled') console.log(t(locale, 'cli.recurrencePulled', { andonId: result.andon?.id, target: input.targetRef ?? c.targetId }));
    if (result.action === 'attached') console.log(t(locale, 'cli.attached', { andonId: result.andon?.id, count: result.andon?.complaintCount }));
  } finally {
    await session.close();
  }
}
