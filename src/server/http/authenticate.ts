import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { decideAccess, type Permission, type RouteAccess } from '#domain/access.ts';
import type { Authenticator, Principal } from '../modules/auth/authenticator.ts';
import { credentialOf } from '../modules/auth/authenticator.ts';
import { CSRF_HEADER, sameSecret } from '../modules/auth/credentials.ts';
import { problem, ProblemSchema, sendProblem } from './problem.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route needs: every API route declares it (a route without one refuses to start). */
    permission?: RouteAccess;
    /** The route narrows what it reads or changes to the caller's own records, so `own` grants may use it. */
    scoped?: boolean;
  }
  interface FastifyRequest {
    /** Who is calling (null on public routes). */
    principal: Principal | null;
    /** `own`: the caller's grant reaches only its own records, and the route must narrow to them. */
    accessScope: 'all' | 'own';
  }
}

/** One API route as declared: for the permission matrix (docs/permissions.md) and its tests. */
export interface DeclaredRoute {
  method: string;
  url: string;
  permission: RouteAccess | undefined;
  scoped: boolean;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Collects what every API route declares it needs. A route under /api/v1 without
 * `config.permission` is refused to everyone (403) and fails test/permissions.test.ts, so none is
 * forgotten. The API documentation (Swagger UI) is public. Returns the routes as declared.
 */
export function requireDeclarations(app: FastifyInstance): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  app.decorateRequest('principal', null);
  app.decorateRequest('accessScope', 'all');
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.url.startsWith('/api/v1/docs')) route.config = { ...route.config, permission: 'public' };
    const config = route.config as { permission?: RouteAccess; scoped?: boolean } | undefined;
    // The API, and any other route that declares what it needs (operations endpoints at the root).
    if (!route.url.startsWith('/api/v1') && !config?.permission) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) declared.push({ method, url: route.url, permission: config?.permission, scoped: config?.scoped === true });
    if (config?.permission && config.permission !== 'public' && route.schema && !route.schema.hide) {
      // The OpenAPI document says how to authenticate and what each operation needs.
      const schema = route.schema as { security?: unknown; description?: string; response?: Record<string, unknown> };
      schema.security = [{ session: [] }, { bearer: [] }];
      if (schema.response) schema.response = { ...schema.response, 401: ProblemSchema, 403: ProblemSchema };
      const needs = ['authenticated', 'session'].includes(config.permission) ? `Needs: ${config.permission === 'session' ? 'a signed-in person (session)' : 'any signed-in caller'}.` : `Needs: \`${config.permission}\`${config.scoped ? ' (a supplier only for its own organisation’s records)' : ''}.`;
      schema.description = schema.description ? `${schema.description}\n\n${needs}` : needs;
    }
  });
  return declared;
}

function unauthenticated(request: FastifyRequest, reply: FastifyReply, idleMs: number): void {
  const minutes = Math.round(idleMs / 60_000);
  reply.header('www-authenticate', 'Bearer realm="andon"');
  sendProblem(reply, problem(request, 'unauthenticated', { idle: `${minutes} min` }));
}

/**
 * Authentication and authorization in one place, before the body is even read: the principal from
 * a bearer token or the session cookie (401 without one), the route's permission (403), the CSRF
 * token on a session's unsafe request (403). A callback hook: on a remembered credential it costs
 * a map look-up and no promise.
 */
export function authenticate(auth: Authenticator, idleMs: number): onRequestHookHandler {
  return function onRequest(request, reply, done): void {
    const config = request.routeOptions.config;
    const access = config.permission;
    if (access === 'public') return done();
    const refuse = (code: 'forbidden' | 'password_change_required' | 'csrf_failed', params: Record<string, unknown> = {}): void => {
      sendProblem(reply, problem(request, code, params));
    };
    const credential = credentialOf(request.headers);
    if (!credential) return unauthenticated(request, reply, idleMs);
    const finish = (principal: Principal | null): void => {
      if (!principal) return unauthenticated(request, reply, idleMs);
      // A route that declares nothing is closed to everyone (and fails the permissions test).
      if (access === undefined) return refuse('forbidden', { permission: 'undeclared' });
      if (principal.mustChangePassword && access !== 'authenticated' && access !== 'session') return refuse('password_change_required');
      const decision = decideAccess({ grants: principal.grants, via: principal.via }, { access, scoped: config.scoped });
      if (decision === 'deny') return refuse('forbidden', { permission: access });
      if (principal.via === 'session' && unsafeMethods.has(request.method)) {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !principal.csrfToken || !sameSecret(sent, principal.csrfToken)) return refuse('csrf_failed');
      }
      request.principal = principal;
      request.accessScope = decision === 'own' ? 'own' : 'all';
      auth.noteUse(principal, now);
      done();
    };
    const now = Date.now();
    const hit = auth.cached(credential, now);
    if (hit !== undefined) return finish(hit);
    auth.resolve(credential).then(finish, (error: unknown) => done(error as Error));
  };
}

/**
 * The caller, when its credential is remembered and lets it use `access` for every record with
 * nothing more to check (no password to change, no CSRF on a read): what the hook would allow
 * without a promise. Null means: go the full way, where the hook decides and says why.
 */
export function rememberedCaller(auth: Authenticator, headers: IncomingHttpHeaders, access: Permission, now = Date.now()): Principal | null {
  const credential = credentialOf(headers);
  if (!credential || credential.secret === '') return null;
  const principal = auth.cached(credential, now);
  if (!principal || principal.mustChangePassword) return null;
  if (decideAccess({ grants: principal.grants, via: principal.via }, { access, scoped: false }) !== 'allow') return null;
  auth.noteUse(principal, now);
  return principal;
}

/** The principal of an authenticated route (the hook guarantees one). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error(`no principal on ${request.method} ${request.url}`);
  return request.principal;
}

/** The organisation a supplier's `own` grant narrows to, or null when the caller sees everything. */
export function ownOrganisation(request: FastifyRequest): string | null {
  if (request.accessScope !== 'own') return null;
  // An `own` grant without an organisation narrows to nothing: an impossible id.
  return principalOf(request).organisationId ?? '\u0000none';
}
