import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '#server/app.ts';
import type { AppContext } from '#server/context.ts';
import type { DialectName } from '#server/db/dialect.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  db: TestDatabase;
  /** JSON request helper: returns the status and the parsed body. */
  call<T = any>(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T; response: LightMyRequestResponse }>;
  close(): Promise<void>;
}

/** A real app over a real, fresh database; responses are checked against their schemas. */
export async function createTestApp(dialect: DialectName, env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase(dialect, env);
  const { app, ctx } = await buildApp({ config: db.config, database: db.database, validateResponses: true, logger: false });
  await app.ready();
  return {
    app,
    ctx,
    db,
    async call(method, url, body, headers = {}) {
      const response = await app.inject({
        method,
        url,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = response.body;
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: response.statusCode, body: parsed as any, response };
    },
    async close() {
      await app.close();
      await db.cleanup();
    },
  };
}
