import { type Locale, negotiateLocale, translate } from '#i18n/index.ts';
import { type Config, loadConfig } from '#server/config.ts';
import { type DatabaseHandle, openDatabase } from '#server/db/connect.ts';
import { migrateToLatest } from '#server/db/migrate.ts';
import { type Actor, type Command, type Writer } from '#server/db/writer.ts';
import { createWriter } from '#server/app.ts';
import { EventBus } from '#server/events.ts';
import { MatchingEngine } from '#server/modules/matching/matching.engine.ts';
import { createOutbox } from '#server/modules/webhooks/integrations.ts';

/** A command's failure that is the user's to fix: printed without a stack, exit code 2. */
export class UsageError extends Error {}

/** The CLI's language: --lang, else LANG/LC_ALL (zh_CN.UTF-8 → zh-CN), else English. */
export function cliLocale(flag?: string): Locale {
  const env = flag ?? process.env['LC_ALL'] ?? process.env['LANG'] ?? '';
  return negotiateLocale(env.replace('_', '-').split('.')[0], 'en');
}

export function t(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return translate(locale, key, params);
}

export interface Session {
  config: Config;
  database: DatabaseHandle;
  writer: Writer;
  /** The "same problem?" matcher, built on first use (it learns from the corpus). */
  matching(): Promise<MatchingEngine>;
  run<T>(command: Command<T>, actor?: string): Promise<T>;
  close(): Promise<void>;
}

/** Opens the configured database, brings it up to date, and gives commands a writer. */
export async function openSession(): Promise<Session> {
  const config = loadConfig();
  const database = await openDatabase(config);
  await migrateToLatest(database.writer);
  // Changes made here reach webhooks and chat bots too: the server's dispatcher delivers the outbox.
  const outbox = createOutbox(database, createWriter(database, new EventBus(), config), config);
  await outbox.destinations.ready();
  const writer = outbox.writer;
  let engine: Promise<MatchingEngine> | undefined;
  return {
    config,
    database,
    writer,
    matching: () =>
      (engine ??= (async () => {
        const built = new MatchingEngine({ embeddings: config.embeddings, warmLimit: config.matchingWarm });
        await built.rebuild(database.db);
        return built;
      })()),
    // The terminal is trusted: the operator says who acts; the audit log records that it came by the CLI.
    run: (command, actor = 'cli') => writer.run(command, { id: actor, via: 'cli' } satisfies Actor),
    close: async () => {
      await writer.drain();
      await database.close();
    },
  };
}
