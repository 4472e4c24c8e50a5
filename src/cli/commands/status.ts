import type { Locale } from '#i18n/index.ts';
import { getTarget } from '#server/modules/targets/targets.service.ts';
import { openSession, t, UsageError } from '../runtime.ts';
import { printJson } from '../parse.ts';

/** `andon status REF…`: is each target on sale? Read from the database. */
export async function status(refs: string[], flags: Record<string, string | boolean | undefined>, locale: Locale): Promise<void> {
  if (refs.length === 0) throw new UsageError('give at least one target ref: andon status BOOK-001 [REF …]');
  const session = await openSession();
  try {
    const rows = [];
    for (const ref of refs) {
      const target = await getTarget(session.database.db, { ref });
      rows.push(
        target
          ? { ref, onSale: target.status === 'on_sale', status: target.status, andonId: target.statusAndonId, since: target.statusChangedAt }
          : { ref, unknown: true },
      );
    }
    if (flags['json']) return printJson(rows);
    for (const row of rows) {
      if ('unknown' in row) console.log(t(locale, 'cli.statusUnknown', { ref: row.ref }));
      else console.log(t(locale, 'cli.statusLine', { ref: row.ref, status: t(locale, `status.${row.status}`) }));
    }
  } finally {
    await session.close();
  }
}
