import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { roleGrants } from '#domain/access.ts';
import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { principalOf } from '../../http/authenticate.ts';
import { problems } from '../../http/common.ts';
import { problem, sendProblem } from '../../http/problem.ts';
import { findUser, presentUser, type UserRecord } from '../users/users.service.ts';
import { sessionCookieOf } from './authenticator.ts';
import { ChangePasswordBody, Me, SignInBody } from './auth.schema.ts';
import { changePassword, signIn, signOut } from './auth.service.ts';
import { csrfOf, SESSION_COOKIE } from './credentials.ts';
import type { SessionRecord } from './sessions.repository.ts';

/** The answer to "who am I" for a person who has just signed in (or changed their password). */
function meOfSession(user: UserRecord, secret: string, session: SessionRecord): Me {
  return {
    via: 'session',
    ref: user.ref,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    user: presentUser(user),
    grants: roleGrants[user.role],
    csrfToken: csrfOf(secret),
    sessionExpiresAt: session.expiresAt,
  };
}

/** Sign-in, sign-out, "who am I" and the password change. */
export function authRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['auth'];
  const deps = { db: ctx.database.db, writer: ctx.writer, config: ctx.config.auth };
  const meta = (req: FastifyRequest) => ({ ip: req.ip, userAgent: req.headers['user-agent'] ?? null, requestId: req.id });

  /** The session cookie: HttpOnly (no script reads it), SameSite=Strict, Secure over https. */
  function setSessionCookie(req: FastifyRequest, reply: FastifyReply, secret: string, session: SessionRecord) {
    const mode = ctx.config.auth.cookieSecure;
    const secure = mode === 'always' || (mode === 'auto' && req.protocol === 'https');
    reply.setCookie(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: new Date(session.expiresAt) });
    reply.header('cache-control', 'no-store');
  }

  app.post(
    '/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Sign in with email and password: a session cookie, and the CSRF token to send with changes',
        description:
          'Failed sign-ins are counted per account and per address: past the limit, sign-in pauses (429, Retry-After) even with the right password. Any session the browser brought is revoked; a new one is issued.',
        body: SignInBody,
        response: { 200: Me, ...problems(400, 401, 415, 429) },
      },
    },
    async (req, reply) => {
      const presented = sessionCookieOf(req.headers.cookie);
      const result = await signIn(deps, req.body, { ...meta(req), presented });
      if (!result.ok) {
        if (result.reason === 'throttled') {
          reply.header('retry-after', String(result.retryAfterSeconds));
          return sendProblem(reply, problem(req, 'login_throttled', { retryAfter: result.retryAfterSeconds }));
        }
        return sendProblem(reply, problem(req, 'invalid_credentials'));
      }
      if (presented) ctx.auth.forget({ userId: result.user.id });
      setSessionCookie(req, reply, result.secret, result.session);
      return meOfSession(result.user, result.secret, result.session);
    },
  );

  app.post(
    '/auth/logout',
    { config: { permission: 'session' }, schema: { tags, summary: 'Sign out: the session ends', response: { 204: z.null(), ...problems(401, 403) } } },
    async (req, reply) => {
      const p = principalOf(req);
      await signOut(ctx.writer, p.sessionId!, actorOf(req));
      ctx.auth.forget({ sessionId: p.sessionId! });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'Who am I, and what may I do', response: { 200: Me, ...problems(401) } } },
    async (req, reply) => {
      const p = principalOf(req);
      const user = p.userId ? await findUser(ctx.database.db, p.userId) : undefined;
      reply.header('cache-control', 'no-store');
      return {
        via: p.via,
        ref: p.ref,
        name: p.name,
        role: p.role,
        organisationId: p.organisationId,
        user: user ? presentUser(user) : null,
        grants: p.grants,
        csrfToken: p.csrfToken,
        sessionExpiresAt: p.via === 'session' ? new Date(p.validUntil).toISOString() : null,
      };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { permission: 'session' },
      schema: {
        tags,
        summary: 'Change my password: every session ends and this one is replaced (a new cookie and CSRF token)',
        body: ChangePasswordBody,
        response: { 200: Me, ...problems(400, 401, 403, 415, 422) },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const changed = await changePassword(deps, p.userId!, req.body, meta(req));
      ctx.auth.forget({ userId: p.userId! });
      setSessionCookie(req, reply, changed.secret, changed.session);
      return meOfSession(changed.user, changed.secret, changed.session);
    },
  );
}
