import type { Page } from 'playwright-core';
import { personContext, type Watched, watchedPage, type WebRig } from './browser.ts';

/**
 * One person's browser: their own context (storage, language) on a page of the app, signed in as
 * `ref` (null: the office wall's screen, a viewer).
 */
export async function personAt(
  rig: WebRig,
  ref: string | null,
  path: string,
  options: { locale?: string; width?: number; height?: number } = {},
): Promise<Watched> {
  const context = await personContext(rig, ref, {
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  const watched = await watchedPage(context);
  await watched.page.goto(`${rig.server.url}${path}`);
  return watched;
}

/** The page's live connection is open (events will arrive without a reload). */
export async function waitLive(page: Page): Promise<void> {
  await page.locator('[data-testid=live-status][data-status=open]').waitFor();
}

/** A date `days` from now as <input type=date> wants it (yyyy-mm-dd, local). */
export function dateIn(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
