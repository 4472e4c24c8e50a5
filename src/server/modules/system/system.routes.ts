import { z } from 'zod';
import type { AppContext, ZodApp } from '../../context.ts';
import { errorCatalogue, type ProblemCode, problemType } from '../../errors.ts';
import { translate } from '#i18n/index.ts';
import { localeOf } from '../../http/locale.ts';
import { problems } from '../../http/common.ts';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), targets: z.number().int() });

const ProblemType = z.object({
  type: z.string(),
  code: z.string(),
  status: z.number().int(),
  title: z.string(),
  description: z.string(),
});

/** Health, and the problem types every error's `type` points at. */
export function systemRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/health',
    { config: { permission: 'public' }, schema: { tags: ['system'], summary: 'Liveness and the database in use', response: { 200: Health } } },
    async () => ({ status: 'ok' as const, database: ctx.database.dialect, targets: ctx.statusIndex.size }),
  );
  app.get(
    '/problems/:type',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'What a problem type means (the `type` of every error response)',
        params: z.object({ type: z.string().max(100) }),
        response: { 200: ProblemType, ...problems(404) },
      },
    },
    async (req, reply) => {
      const code = req.params.type.replaceAll('-', '_') as ProblemCode;
      const entry = errorCatalogue[code];
      if (!entry) {
        return reply.callNotFound();
      }
      const locale = localeOf(req);
      return {
        type: problemType(code),
        code,
        status: entry.status,
        title: translate(locale, `errors.${code}.title`),
        description: translate(locale, `errors.${code}.detail`),
      };
    },
  );
}
