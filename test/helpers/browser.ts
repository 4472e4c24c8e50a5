import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { root, type Server, startServer } from './process.ts';
import { ensureWebBuild } from './web-build.ts';

export const screenshotDir = path.join(root, 'test-output', 'screenshots');

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium fonts-noto-cjk`);
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WebRig {
  server: Server;
  browser: Browser;
  dataDir: string;
  close(): Promise<void>;
}

/** The built app on a real server over a fresh database, and a browser. `prepare` runs CLI steps first (e.g. demo). */
export async function startWebRig(prepare?: (env: Record<string, string>) => Promise<void>): Promise<WebRig> {
  await ensureWebBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-e2e-'));
  const env = { ANDON_DATA_DIR: dataDir };
  await prepare?.(env);
  const [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
  return {
    server,
    browser,
    dataDir,
    async close() {
      await browser.close();
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  /** alert/confirm/prompt dialogs the page opened (an XSS payload would open one). */
  dialogs: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

/** A new page that records dialogs and errors instead of letting them pass unnoticed. */
export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  // A missing element fails in seconds with the locator named, not at the test's timeout.
  page.setDefaultTimeout(10_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, dialogs, errors };
}

/** Saves a full-page PNG under test-output/screenshots/ (look at them). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** JSON over the API of a running server (test set-up that is not what the test is about). */
export async function apiCall<T = any>(
  server: Server,
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${server.url}/api/v1${url}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
