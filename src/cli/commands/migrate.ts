import { loadConfig } from '#server/config.ts';
import { openDatabase } from '#server/db/connect.ts';
import { migrateToLatest } from '#server/db/migrate.ts';
import { cliLocale, t } from '../runtime.ts';

export async function migrate(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const applied = await migrateToLatest(database.writer);
    console.log(t(cliLocale(), 'cli.migrated', { location: database.location, applied: applied.join(', ') || '—' }));
  } finally {
    await database.close();
  }
}
