import { z } from 'zod';

// Strict: a stream that opened on a mistyped parameter would wait forever without saying so.
export const LiveQuery = z.strictObject({
  lastEventId: z
    .string()
    .max(100)
    .optional()
    .describe('resume after this event id, for clients that cannot send the Last-Event-ID header'),
});

export const liveDescription = [
  'A Server-Sent Events stream (`text/event-stream`) of the domain events published after each commit:',
  '`complaint.created`, `andon.pulled`, `andon.changed`, `work_order.changed`, `notification.created`, `target.suppressed`,',
  '`target.relisted`, `target.retired`, `target.upserted`. Each event is a `data:` line of JSON with its `type`, and an `id:`.',
  'A client reconnecting with `Last-Event-ID` (browsers do it by themselves) receives what it missed; when that is',
  'no longer possible (the server restarted, or too many events since) it receives `{"type":"live.reset"}` and should',
  'reload what it shows. A comment line (`: ping`) is sent every 15 s to keep the connection open.',
].join(' ');
