import { describe, expect, it } from 'vitest';
import { ensureWebBuild, initialJs } from '#test/helpers/web-build.ts';

/** Issue 5's budget: the JavaScript a first visit loads is at most 250 KB gzipped. */
export const INITIAL_JS_BUDGET_GZIP = 250 * 1024;

describe('the web app bundle', () => {
  it('keeps the initial JavaScript within 250 KB gzipped', async () => {
    await ensureWebBuild();
    const js = initialJs();
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `[budget] initial JS ${kb(js.gzipBytes)} gzipped: ${js.files.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(', ')}`,
    );
    expect(js.files.length).toBeGreaterThan(0);
    expect(js.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
  });
});
