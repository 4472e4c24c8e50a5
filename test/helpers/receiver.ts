import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
  at: number;
}

/**
 * A local HTTP receiver for webhook and chat-bot tests: records every request, answers with what
 * `respond` says (200 "ok" by default), and can go down and come back on the same port.
 */
export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** Decides each answer: status and body (a promise delays it). */
  respond: (r: Received) => { status: number; body?: string } | Promise<{ status: number; body?: string }>;
  /** Waits until `predicate` holds for what was received (or fails after `ms`). */
  waitFor(predicate: (received: Received[]) => boolean, ms?: number): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a receiver on a free loopback port. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  let server: http.Server | null = null;
  const receiver: Receiver = {
    url: '',
    port: 0,
    received,
    respond: () => ({ status: 200, body: 'ok' }),
    async waitFor(predicate, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`receiver: condition not met in ${ms} ms; got ${received.length} requests: ${received.map((r) => r.body.slice(0, 120)).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async down() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      server = null;
    },
    async up() {
      server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let json: unknown = undefined;
          try {
            json = JSON.parse(body);
          } catch {
            /* not JSON */
          }
          const r: Received = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json, at: Date.now() };
          received.push(r);
          void Promise.resolve(receiver.respond(r)).then((a) => {
            if (res.destroyed) return;
            res.writeHead(a.status, { 'content-type': 'text/plain' });
            res.end(a.body ?? '');
          });
        });
      });
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      await new Promise<void>((r) => server!.listen(receiver.port, '127.0.0.1', () => r()));
      receiver.port = (server.address() as AddressInfo).port;
      receiver.url = `http://127.0.0.1:${receiver.port}`;
    },
    close() {
      return receiver.down();
    },
  };
  await receiver.up();
  return receiver;
}
