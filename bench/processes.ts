import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

export interface Running {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

function waitFor(url: string, child: ChildProcess, out: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (child.exitCode !== null) return reject(new Error(`exited: ${out()}`));
      try {
        const res = await fetch(url);
        if (res.status < 500) return resolve();
      } catch {
        /* not yet */
      }
      if (Date.now() > deadline) return reject(new Error(`did not start: ${out()}`));
      setTimeout(tick, 100);
    };
    void tick();
  });
}

/** Starts a server process and waits until `probe` answers. */
export async function start(command: string[], env: Record<string, string>, port: number, probe: string): Promise<Running> {
  const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url + probe, child, () => output);
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
