import type { Locale } from '#i18n/index.ts';
import { loadDemo } from '#server/modules/demo/demo.service.ts';
import { openSession, t } from '../runtime.ts';

/** `andon demo`: loads the seed's stories into the configured database. */
export async function demo(locale: Locale): Promise<void> {
  const session = await openSession();
  try {
    const result = await loadDemo((command, actor) => session.run(command, actor), session.database.db);
    console.log(result ? t(locale, 'cli.demoLoaded', result) : t(locale, 'cli.demoAlready'));
  } finally {
    await session.close();
  }
}
