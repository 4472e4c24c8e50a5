import type { ZodApp } from '../../context.ts';
import type { LiveHub } from './live-hub.ts';
import { liveDescription, LiveQuery } from './live.schema.ts';

/** `GET /live`: the event stream browsers follow (the lamp board lights up without a reload). */
export function liveRoutes(app: ZodApp, hub: LiveHub): void {
  app.get(
    '/live',
    {
      config: { permission: 'andons:read' },
      // A HEAD would open a stream nobody reads.
      exposeHeadRoute: false,
      schema: {
        tags: ['live'],
        summary: 'Follow the events as they happen (Server-Sent Events)',
        description: liveDescription,
        querystring: LiveQuery,
      },
    },
    (req, reply) => {
      const header = req.headers['last-event-id'];
      const lastEventId = typeof header === 'string' ? header.slice(0, 100) : req.query.lastEventId;
      reply.hijack();
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(reply.getHeaders()))
        if (typeof value === 'string') headers[name] = value;
      hub.attach(reply.raw, headers, lastEventId);
    },
  );
}
