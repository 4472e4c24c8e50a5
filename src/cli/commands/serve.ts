import fs from 'node:fs';
import { buildApp } from '#server/app.ts';
import { loadConfig } from '#server/config.ts';
import { openDatabase } from '#server/db/connect.ts';
import { migrateToLatest } from '#server/db/migrate.ts';
import { EscalationScheduler } from '#server/modules/escalation/escalation.scheduler.ts';
import { bootstrapAdmin } from '#server/modules/users/bootstrap.ts';
import { countUsers } from '#server/modules/users/users.service.ts';
import { cliLocale, t } from '../runtime.ts';
import { pidFileOf } from './backup.ts';

/** Starts the server: migrates, builds the status index, serves the API and docs; stops gracefully. */
export async function serve(flags: { port?: string | undefined; host?: string | undefined }): Promise<void> {
  const config = loadConfig({
    ...process.env,
    ...(flags.port !== undefined ? { PORT: flags.port } : {}),
    ...(flags.host !== undefined ? { HOST: flags.host } : {}),
  });
  const database = await openDatabase(config);
  await migrateToLatest(database.writer);
  const { app, ctx } = await buildApp({ config, database });
  // The first admin, from the environment, when nobody can sign in yet.
  const admin = await bootstrapAdmin(ctx.writer, database.db, config.auth.bootstrapAdmin);
  if (admin) console.log(t(cliLocale(), 'cli.firstAdmin', { email: admin.email }));
  else if ((await countUsers(database.db)) === 0) console.warn(t(cliLocale(), 'cli.noUsers'));
  const stopSync = ctx.statusIndex.startSync(database.db, config.statusSyncMs);
  // Clocks that fell due while the server was down fire on the first tick, each exactly once.
  const escalation = new EscalationScheduler(ctx.writer, database.db, app.log);
  escalation.start(config.escalationIntervalMs);
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('://0.0.0.0', '://localhost').replace('://[::]', '://localhost');
  console.log(t(cliLocale(), 'cli.served', { url, location: database.location }));
  // While this file names a live process, `andon restore` refuses to replace the database.
  const pidFile = database.dialect === 'sqlite' ? pidFileOf(config.dataDir) : null;
  if (pidFile) fs.writeFileSync(pidFile, String(process.pid));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: draining requests, writes and the outbox');
    // /readyz answers 503 from now on; closing waits for requests in flight, then delivers the outbox.
    ctx.ops.lifecycle.stopping = true;
    ctx.ops.lifecycle.drainMs = config.integrations.shutdownTimeoutMs;
    stopSync();
    const force = setTimeout(() => process.exit(1), config.integrations.shutdownTimeoutMs + 5000);
    force.unref();
    try {
      await escalation.stop();
      await app.close();
      await database.close();
    } finally {
      if (pidFile) fs.rmSync(pidFile, { force: true });
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
