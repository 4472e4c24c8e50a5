import { randomUUID } from 'node:crypto';
import http from 'node:http';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { AppContext, ZodApp } from './context.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { GroupCommitWriter, PoolWriter, type Writer } from './db/writer.ts';
import { EventBus } from './events.ts';
import { authenticate, type DeclaredRoute, requireDeclarations } from './http/authenticate.ts';
import { setDefaultLocale } from './http/locale.ts';
import { registerProblemHandlers } from './http/problem.ts';
import { defaultWebRoot, registerWebApp } from './http/web-app.ts';
import { serializerCompiler, validatorCompiler } from './http/zod.ts';
import { andonRoutes } from './modules/andons/andons.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { Authenticator } from './modules/auth/authenticator.ts';
import { tokenRoutes } from './modules/tokens/tokens.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { customerRefProtector } from './privacy.ts';
import { andonLifecycleRoutes } from './modules/andons/lifecycle.routes.ts';
import { escalationRoutes } from './modules/escalation/escalation.routes.ts';
import { metricsRoutes } from './modules/metrics/metrics.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { settingsRoutes } from './modules/settings/settings.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { complaintRoutes } from './modules/complaints/complaints.routes.ts';
import { liveRoutes } from './modules/live/live.routes.ts';
import { LiveHub, type LiveOptions } from './modules/live/live-hub.ts';
import { issueCodeRoutes } from './modules/issue-codes/issue-codes.routes.ts';
import { organisationRoutes } from './modules/organisations/organisations.routes.ts';
import { ruleRoutes } from './modules/rules/rules.routes.ts';
import { MatchingEngine } from './modules/matching/matching.engine.ts';
import { matchingRoutes } from './modules/matching/matching.routes.ts';
import { flywheelRoutes } from './modules/flywheel/flywheel.routes.ts';
import { statusFastPath } from './modules/status/status-fast-path.ts';
import { StatusIndex } from './modules/status/status-index.ts';
import { statusRoutes } from './modules/status/status.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { targetRoutes } from './modules/targets/targets.routes.ts';
import { teamRoutes } from './modules/teams/teams.routes.ts';
import { rewardRoutes } from './modules/rewards/rewards.routes.ts';
import { workOrderRoutes } from './modules/work-orders/work-orders.routes.ts';
import { chatRoutes } from './modules/chat/chat.routes.ts';
import { intakeRoutes } from './modules/intake/intake.routes.ts';
import { csvRoutes } from './modules/csv/csv.routes.ts';
import { accessLogHook } from './modules/ops/access-log.ts';
import { OpsMetrics } from './modules/ops/ops.metrics.ts';
import { opsRoutes } from './modules/ops/ops.routes.ts';
import { createOutbox } from './modules/webhooks/integrations.ts';
import { webhookRoutes } from './modules/webhooks/webhooks.routes.ts';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  /** Check every response against its schema (tests); production only documents them. */
  validateResponses?: boolean;
  logger?: boolean;
  /** The built web app to serve at `/` (default web/dist); null serves the landing page only. */
  webRoot?: string | null;
  /** The live event stream's heartbeat and buffer (tests shorten the heartbeat). */
  live?: LiveOptions;
}

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  /** The live event stream's hub (its open streams end when the app closes). */
  live: LiveHub;
  /** Every API route with the permission it declares (docs/permissions.md is made from these). */
  routes: DeclaredRoute[];
}

/** The writer each database wants: SQLite's single writer groups commits; PostgreSQL runs them in parallel. */
export function createWriter(database: DatabaseHandle, events: EventBus, config: Config): Writer {
  const options = { customerRef: customerRefProtector(config.customerHashKey) };
  return database.dialect === 'sqlite'
    ? new GroupCommitWriter(database.writer, events, config.writeBatchMax, options)
    : new PoolWriter(database.writer, events, options);
}

/** Builds the HTTP application over an open, migrated database. Used by `andon serve` and by tests. */
export async function buildApp(options: AppOptions): Promise<BuiltApp> {
  const { config, database } = options;
  setDefaultLocale(config.defaultLocale);
  const events = new EventBus();
  const statusIndex = new StatusIndex();
  await statusIndex.load(database.db);
  const unfollow = statusIndex.follow(events);
  const metrics = new OpsMetrics(database);
  const lifecycle = { stopping: false, drainMs: 0 };
  // Every write may leave messages in the outbox, in its own transaction (webhooks, chat bots).
  const outbox = createOutbox(database, createWriter(database, events, config), config, {
    log: { warn: (o, m) => app.log.warn(o, m), error: (o, m) => app.log.error(o, m) },
    onAttempt: (kind, outcome, seconds) => metrics.observeDelivery(kind, outcome, seconds),
  });
  // Who listens, before the first command (which must not wait for another connection inside its transaction).
  await outbox.destinations.ready();
  const writer = outbox.writer;
  const matching = new MatchingEngine({ embeddings: config.embeddings, warmLimit: config.matchingWarm });
  await matching.rebuild(database.db);
  const auth = new Authenticator(database.db, writer, config.auth);
  const ctx: AppContext = { config, database, writer, events, statusIndex, matching, auth, customerRef: customerRefProtector(config.customerHashKey), outbox, ops: { metrics, lifecycle } };

  // The storefront's common case answered before the framework; everything else goes the full way.
  const fastStatus = statusFastPath({ index: statusIndex, auth, stopping: () => lifecycle.stopping });
  const app = Fastify({
    serverFactory: (handler, options) => {
      const opts = options as { keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number; maxRequestsPerSocket?: number };
      const server = http.createServer((req, res) => {
        if (!fastStatus(req, res)) handler(req, res);
      });
      // What Fastify sets on a server it makes itself.
      server.keepAliveTimeout = opts.keepAliveTimeout ?? 72_000;
      server.requestTimeout = opts.requestTimeout ?? 0;
      server.setTimeout(opts.connectionTimeout ?? 0);
      if (opts.maxRequestsPerSocket) server.maxRequestsPerSocket = opts.maxRequestsPerSocket;
      return server;
    },
    logger: options.logger === false ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Fastify takes a hop count too; its types do not say so.
    trustProxy: config.trustProxy as boolean | string,
  }).withTypeProvider<ZodTypeProvider>();

  // Before any route: every API route says what it needs (one that does not is closed to everyone).
  const routes = requireDeclarations(app);
  const guard = authenticate(auth, config.auth.idleMs);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler(options.validateResponses ?? false));
  registerProblemHandlers(app);
  // A JSON API: plain text is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain');
  // Security headers on every answer but the status look-up's (helmet costs a promise per request;
  // the storefront's JSON gets nosniff from its own routes). API answers are data, never a page.
  const securityHeaders = (scope: FastifyInstance) =>
    scope.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] },
      },
      referrerPolicy: { policy: 'no-referrer' },
    });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Andon API',
        version: '1',
        description:
          'Complaints in, the cord pulled, the target off sale. Errors are RFC 9457 problem+json; send Accept-Language: zh-CN for messages in Chinese.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'andon_session', description: 'POST /api/v1/auth/login; changes also need the X-CSRF-Token header' },
          bearer: { type: 'http', scheme: 'bearer', description: 'an API token (POST /api/v1/tokens, or `andon token add`)' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // Swagger UI's own policy, minus the upgrade to https (the docs must work on plain http://localhost).
  await app.register(async (docs) => {
    await securityHeaders(docs);
    await docs.register(swaggerUi, {
      routePrefix: '/api/v1/docs',
      staticCSP: true,
      transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
    });
  });

  const live = new LiveHub(events, options.live);
  // Before the server waits for in-flight requests: an open stream never finishes by itself.
  app.addHook('preClose', (done) => {
    live.close();
    done();
  });
  // The storefront's status look-up is the hottest path: its own scope, without the hooks below.
  // Its credential check is the same hook: on a remembered token, a map look-up.
  await app.register(
    async (api) => {
      api.addHook('onRequest', guard);
      statusRoutes(api as unknown as ZodApp, ctx);
    },
    { prefix: '/api/v1' },
  );
  // Operations at the root: /healthz and /readyz (public), /metrics (a token with metrics:read).
  await app.register(async (root) => {
    await securityHeaders(root);
    root.addHook('onRequest', guard);
    opsRoutes(root as unknown as ZodApp, ctx, metrics, lifecycle);
  });
  const debugLog = ['debug', 'trace'].includes(config.logLevel);
  await app.register(
    async (api) => {
      // Callback-style hooks: an async hook costs a promise per request.
      api.addHook('onRequest', (request, reply, done) => {
        reply.header('x-request-id', request.id);
        done();
      });
      // Access log (ANDON_ACCESS_LOG: changes and errors at info by default; reads only at debug) and request metrics.
      api.addHook('onResponse', accessLogHook(config.integrations.accessLog, debugLog, metrics));
      await securityHeaders(api);
      await api.register(cookie);
      api.addHook('onRequest', guard);
      const zapp = api as unknown as ZodApp;
      liveRoutes(zapp, live);
      authRoutes(zapp, ctx);
      userRoutes(zapp, ctx);
      tokenRoutes(zapp, ctx);
      for (const routes of [
        systemRoutes,
        complaintRoutes,
        andonRoutes,
        targetRoutes,
        issueCodeRoutes,
        ruleRoutes,
        teamRoutes,
        organisationRoutes,
        workOrderRoutes,
        rewardRoutes,
        auditRoutes,
        andonLifecycleRoutes,
        settingsRoutes,
        notificationRoutes,
        escalationRoutes,
        metricsRoutes,
        matchingRoutes,
        flywheelRoutes,
        webhookRoutes,
        chatRoutes,
        intakeRoutes,
        csvRoutes,
      ]) {
        routes(zapp, ctx);
      }
      api.get('/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );

  await app.register(async (web) => {
    await securityHeaders(web);
    await registerWebApp(web, options.webRoot === undefined ? defaultWebRoot : options.webRoot);
  });

  outbox.dispatcher.start(events);
  const unfollowDestinations = outbox.destinations.follow(Math.max(config.integrations.pollMs, 5000));
  app.addHook('onClose', async () => {
    // Deliver what is due before the writer closes (for up to lifecycle.drainMs when the server stops).
    unfollowDestinations();
    await outbox.dispatcher.stop(lifecycle.drainMs);
    await writer.drain();
    unfollow();
  });
  return { app, ctx, live, routes };
}
