import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { actorFields, type Role, type TokenScope, tokenScopes, userRefPattern } from '#domain/access.ts';
import { buildApp } from '#server/app.ts';
import type { AppContext } from '#server/context.ts';
import type { DialectName } from '#server/db/dialect.ts';
import type { DeclaredRoute } from '#server/http/authenticate.ts';
import { csrfOf, digest, newSecret, SESSION_COOKIE } from '#server/modules/auth/credentials.ts';
import { insertSession } from '#server/modules/auth/sessions.repository.ts';
import { issueToken } from '#server/modules/tokens/tokens.service.ts';
import { createUser, findUserByRef, type UserRecord } from '#server/modules/users/users.service.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export interface Answer<T = any> {
  status: number;
  body: T;
  response: LightMyRequestResponse;
}

/** Someone calling the API: their credential's headers, and a JSON request helper. */
export interface Caller {
  /** The credential's headers (a session cookie and its CSRF token, or a bearer token); none when anonymous. */
  headers: Record<string, string>;
  call<T = any>(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<Answer<T>>;
}

export interface SignedIn extends Caller {
  user: UserRecord;
}

export interface TestApp extends Caller {
  app: FastifyInstance;
  ctx: AppContext;
  db: TestDatabase;
  routes: DeclaredRoute[];
  /** The admin whose session `call` uses by default. */
  admin: SignedIn;
  /** Nobody: no credential at all. */
  anonymous: Caller;
  /**
   * A caller signed in as a user: one of a role (`role.<role>`, made on first use), or a given
   * ref (made with that role, a director by default, on first use). Each call opens a new session.
   */
  as(who: Role | { ref: string; role?: Role; organisationId?: string | null }): Promise<SignedIn>;
  /** A caller with a new API token of these scopes (all a token may hold by default). */
  withToken(scopes?: readonly TokenScope[], name?: string): Promise<Caller & { token: string; id: string }>;
  close(): Promise<void>;
}

let tokens = 0;

/** An API token issued straight through the service (for tests that build their own app or server). */
export async function issueTestToken(ctx: Pick<AppContext, 'writer'>, scopes: readonly TokenScope[] = tokenScopes, name = `test token ${++tokens}`): Promise<{ token: string; id: string; headers: { authorization: string } }> {
  const everything = Object.fromEntries(tokenScopes.map((s) => [s, 'all'] as const));
  const issued = await ctx.writer.run((tx) => issueToken(tx, { name, scopes: [...scopes], expiresInDays: 30 }, { ref: 'test', grants: everything }), { id: 'test' });
  return { token: issued.token, id: issued.apiToken.id, headers: { authorization: `Bearer ${issued.token}` } };
}

/**
 * A real app over a real, fresh database; responses are checked against their schemas. `call`
 * signs in as an admin, except that a body naming who acts (`pulledBy`, `recordedBy` …, as the
 * tests written before sign-in do) is sent by that person, in their own session: a signed-in
 * person may only act as themselves, so the tests exercise exactly that.
 */
export async function createTestApp(dialect: DialectName, env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase(dialect, env);
  const { app, ctx, routes } = await buildApp({ config: db.config, database: db.database, validateResponses: true, logger: false });
  await app.ready();

  const inject = async (method: InjectOptions['method'], url: string, body: unknown, headers: Record<string, string>): Promise<Answer> => {
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
  };
  const callerWith = (credential: Record<string, string>): Caller => ({
    headers: credential,
    call: (method, url, body, headers = {}) => inject(method, url, body, { ...credential, ...headers }),
  });

  async function userFor(ref: string, role: Role, organisationId: string | null): Promise<UserRecord> {
    const existing = await findUserByRef(ctx.database.db, ref);
    if (existing) return existing;
    return ctx.writer.run(
      (tx) => createUser(tx, { ref, email: `${ref}@andon.test`, name: ref, role, organisationId, passwordHash: null, mustChangePassword: false }),
      { id: 'test' },
    );
  }
  async function sessionOf(user: UserRecord): Promise<SignedIn> {
    const secret = newSecret();
    const now = new Date();
    await ctx.writer.run(
      (tx) =>
        insertSession(tx.db, {
          id: digest(secret),
          userId: user.id,
          createdAt: now.toISOString(),
          lastSeenAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + ctx.config.auth.sessionMs).toISOString(),
          revokedAt: null,
          ip: null,
          userAgent: 'test',
        }),
      { id: 'test' },
    );
    return { user, ...callerWith({ cookie: `${SESSION_COOKIE}=${secret}`, 'x-csrf-token': csrfOf(secret) }) };
  }
  const as: TestApp['as'] = async (who) => {
    const { ref, role, organisationId } = typeof who === 'string' ? { ref: `role.${who.replace('_', '-')}`, role: who, organisationId: undefined } : who;
    return sessionOf(await userFor(ref, role ?? 'director', organisationId ?? null));
  };

  const admin = await as({ ref: 'test.admin', role: 'admin' });
  const people = new Map<string, Promise<SignedIn>>();
  /** Who a body says acts, if anyone other than the admin. */
  function actorNamed(body: unknown): string | null {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    for (const field of actorFields) {
      const value = (body as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.trim() && value.trim().toLowerCase() !== admin.user.ref) return value.trim();
    }
    return null;
  }
  let onBehalf: Promise<Caller> | null = null;

  const t: TestApp = {
    app,
    ctx,
    db,
    routes,
    admin,
    headers: admin.headers,
    anonymous: callerWith({}),
    async call(method, url, body, headers = {}) {
      const named = actorNamed(body);
      if (!named) return admin.call(method, url, body, headers);
      if (!userRefPattern.test(named.toLowerCase())) {
        // Not a handle a person could sign in with: an integration records on their behalf.
        onBehalf ??= t.withToken(tokenScopes, 'tests on behalf');
        return (await onBehalf).call(method, url, body, headers);
      }
      const key = named.toLowerCase();
      if (!people.has(key)) people.set(key, as({ ref: key }));
      return (await people.get(key)!).call(method, url, body, headers);
    },
    as,
    async withToken(scopes = tokenScopes, name?: string) {
      const issued = await issueTestToken(ctx, scopes, name);
      return { token: issued.token, id: issued.id, ...callerWith(issued.headers) };
    },
    async close() {
      await app.close();
      await db.cleanup();
    },
  };
  return t;
}
