import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Decides which databases the suite runs on: SQLite always; PostgreSQL when reachable. Under CI an
 * unreachable PostgreSQL fails the run instead of being skipped. DIALECTS=sqlite (or postgres) narrows it.
 */
export default async function setup(project: TestProject): Promise<void> {
  const wanted = (process.env['DIALECTS'] ?? 'sqlite,postgres').split(',').map((d) => d.trim());
  const dialects: string[] = [];
  if (wanted.includes('sqlite')) dialects.push('sqlite');
  if (wanted.includes('postgres')) {
    const failure = await postgresReachable();
    if (failure === null) dialects.push('postgres');
    else if (process.env['CI'] === 'true' || process.env['DIALECTS']?.includes('postgres')) {
      throw new Error(`PostgreSQL is required but unreachable at ${TEST_DATABASE_URL}: ${failure}`);
    } else {
      console.warn(`\n[andon tests] PostgreSQL unreachable at ${TEST_DATABASE_URL} (${failure}): running on SQLite only.\n`);
    }
  }
  console.log(`[andon tests] databases: ${dialects.join(', ')}`);
  project.provide('dialects', dialects);
  project.provide('postgresUrl', TEST_DATABASE_URL);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dialects: string[];
    postgresUrl: string;
  }
}
