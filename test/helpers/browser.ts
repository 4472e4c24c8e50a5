import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { type Role, tokenScopes } from '#domain/access.ts';
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
  /** The first admin's session (made from ANDON_ADMIN_EMAIL at start): people are added with it. */
  admin: Record<string, string>;
  close(): Promise<void>;
}

/** Every person of the browser tests signs in with this password. */
export const E2E_PASSWORD = 'browser-tests-password';
const ADMIN = { email: 'admin@andon.test', password: 'the first key to the line' };

/** The roles of the people the stories name; anyone else is a director (who may do all of the line's work). */
const roleOf: Record<string, Role> = {
  'xiao.lin': 'agent',
  'zhang.wei': 'agent',
  'chen.jing': 'agent',
  'li.na': 'agent',
  'qa.zhou': 'quality',
  'li.yan': 'verifier',
  'verifier.he': 'verifier',
  'manager.zhao': 'manager',
  'wall.screen': 'viewer',
};

/** Signs in over HTTP: the session cookie and CSRF token as headers. */
export async function signInOver(url: string, email: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('andon_session='))!.split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** Adds a person (once) who signs in with E2E_PASSWORD: the role the stories give them, or as asked. */
export async function ensurePerson(rig: WebRig, ref: string, role: Role = roleOf[ref] ?? 'director'): Promise<string> {
  const email = `${ref}@andon.test`;
  const res = await fetch(`${rig.server.url}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...rig.admin },
    body: JSON.stringify({ ref, email, name: ref, role, password: E2E_PASSWORD }),
  });
  if (!res.ok && res.status !== 409) throw new Error(`add ${ref}: ${res.status} ${await res.text()}`);
  return email;
}

/**
 * A browser of its own for one person, signed in (the session cookie set in the context, as the
 * sign-in page would leave it). `ref` null: the office wall's screen, a viewer.
 */
export async function personContext(rig: WebRig, ref: string | null, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await rig.browser.newContext(options);
  const email = await ensurePerson(rig, ref ?? 'wall.screen');
  const res = await context.request.post(`${rig.server.url}/api/v1/auth/login`, { data: { email, password: E2E_PASSWORD } });
  if (!res.ok()) throw new Error(`sign-in as ${email} in the browser: ${res.status()} ${await res.text()}`);
  return context;
}

/** The built app on a real server over a fresh database, and a browser. `prepare` runs CLI steps first (e.g. demo). */
export async function startWebRig(prepare?: (env: Record<string, string>) => Promise<void>): Promise<WebRig> {
  await ensureWebBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'andon-e2e-'));
  const env = { ANDON_DATA_DIR: dataDir, ANDON_ADMIN_EMAIL: ADMIN.email, ANDON_ADMIN_PASSWORD: ADMIN.password };
  await prepare?.(env);
  const [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
  // Test set-up calls the API with a token that may do everything a token can (acting for the people it names).
  const admin = await signInOver(server.url, ADMIN.email, ADMIN.password);
  const issued = await fetch(`${server.url}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin },
    body: JSON.stringify({ name: 'browser tests', scopes: tokenScopes }),
  });
  server.auth = { authorization: `Bearer ${((await issued.json()) as { token: string }).token}` };
  return {
    server,
    browser,
    dataDir,
    admin,
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
    headers: { ...server.auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
