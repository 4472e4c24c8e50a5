import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AndonError, type FieldIssue } from '#domain/errors.ts';
import { hasMessage, type Locale, translate } from '#i18n/index.ts';
import { errorCatalogue, type ProblemCode, problemType } from '../errors.ts';
import { localeOf } from './locale.ts';

/** RFC 9457 problem details, with `errors` naming each field that failed and why. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().describe('stable machine-readable code'),
    errors: z
      .array(
        z.object({
          location: z.enum(['body', 'query', 'path', 'header']).optional(),
          path: z.string().describe('JSON Pointer to the field within its location'),
          code: z.string(),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .passthrough()
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;

type Location = 'body' | 'query' | 'path' | 'header';

function pointer(path: readonly PropertyKey[]): string {
  return '/' + path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

const zodLocales = { en: z.locales.en(), 'zh-CN': z.locales.zhCN() } as const;

/** A zod issue in the caller's language (zod ships both). */
export function zodMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.code === 'custom' && typeof issue.params?.['i18n'] === 'string') {
    return translate(locale, `fields.${issue.params['i18n']}`, issue.params);
  }
  if (locale === 'en' || issue.code === 'custom') return issue.message;
  const out = zodLocales[locale].localeError(issue as never);
  const text = typeof out === 'string' ? out : out?.message;
  return text ?? issue.message;
}

function fieldMessage(issue: FieldIssue, locale: Locale): string {
  if (issue.message) return issue.message;
  const key = `fields.${issue.code}`;
  return hasMessage(key) ? translate(locale, key, issue.params) : issue.code;
}

export function problem(
  request: FastifyRequest,
  code: ProblemCode,
  params: Record<string, unknown> = {},
  errors?: Problem['errors'],
  extra: Record<string, unknown> = {},
): Problem {
  const locale = localeOf(request);
  if (typeof params['entity'] === 'string' && hasMessage(`entities.${params['entity']}`)) {
    params = { ...params, entity: translate(locale, `entities.${params['entity']}`) };
  }
  return {
    type: problemType(code),
    title: translate(locale, `errors.${code}.title`),
    status: errorCatalogue[code].status,
    detail: translate(locale, `errors.${code}.detail`, params),
    instance: request.url,
    code,
    ...(errors && errors.length ? { errors } : {}),
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

/** Thrown by the validator: zod issues kept raw so they can be localised per request. */
export class RequestValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('request validation failed');
  }
}

/** What a refused transition still needs, worded in the caller's language (`missing` stays as codes). */
export function withMissingList(params: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  const missing = params['missing'];
  if (!Array.isArray(missing)) return params;
  const words = missing.map((m) => translate(locale, `missing.${String(m)}`));
  return { ...params, missingList: words.join(locale === 'zh-CN' ? '、' : ', ') || '—' };
}

/** Any error as the problem a client sees: typed errors keep their code, anything unexpected is a logged 500. */
export function toProblem(
  request: FastifyRequest,
  error: unknown,
): Problem {
  const locale = localeOf(request);
  if (error instanceof AndonError) {
    const errors = error.issues.map((i) => ({
      location: 'body' as Location,
      path: pointer(i.path),
      code: i.code,
      message: fieldMessage(i, locale),
    }));
    const extra: Record<string, unknown> = {};
    for (const key of ['andonId', 'complaintId', 'distinctCustomers', 'threshold', 'windowDays', 'state', 'missing']) {
      if (key in error.params) extra[key] = error.params[key];
    }
    return problem(request, error.code, withMissingList(error.params, locale), errors, extra);
  }
  const e = error as FastifyError & { validation?: unknown; validationContext?: string };
  const cause = e?.cause;
  const issues =
    error instanceof RequestValidationError
      ? error.issues
      : cause instanceof RequestValidationError
        ? cause.issues
        : null;
  if (issues || e?.validation) {
    const location: Location =
      e.validationContext === 'querystring'
        ? 'query'
        : e.validationContext === 'params'
          ? 'path'
          : e.validationContext === 'headers'
            ? 'header'
            : 'body';
    const errors = (issues ?? []).map((i) => ({ location, path: pointer(i.path), code: i.code, message: zodMessage(i, locale) }));
    return problem(request, 'validation_failed', { count: errors.length || 1 }, errors);
  }
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(request, 'payload_too_large', { limit: request.routeOptions.bodyLimit });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(request, 'unsupported_media_type', { contentType: request.headers['content-type'] ?? '' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem(request, 'invalid_json', { reason: e.message }, [
        { location: 'body', path: '/', code: 'invalid_json', message: translate(locale, 'fields.invalid_json') },
      ]);
  }
  if (error instanceof SyntaxError && e.statusCode === 400) {
    return problem(request, 'invalid_json', { reason: e.message }, [
      { location: 'body', path: '/', code: 'invalid_json', message: translate(locale, 'fields.invalid_json') },
    ]);
  }
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    // Fastify's own client errors (bad headers, bad URL encoding …): keep their status, say what it was.
    return { ...problem(request, 'validation_failed', { count: 1 }), status: e.statusCode, detail: e.message };
  }
  request.log.error({ err: error }, 'unhandled error');
  return problem(request, 'internal_error', { requestId: request.id });
}

/** Maps every error, once, to problem+json. Nothing reaches the client as a bare 500 page. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendProblem(reply, toProblem(request, error)));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(request, 'route_not_found', { method: request.method, url: request.url })),
  );
}
