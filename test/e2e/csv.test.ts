import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personContext, screenshot, startWebRig, watchedPage, type WebRig } from '#test/helpers/browser.ts';
import { contrastFailures } from '#test/helpers/contrast.ts';

/** The CSV page: a director imports a file of targets, watches it progress, gets the bad row back, and exports. */
describe('CSV import and export in the web app', { timeout: 90_000 }, () => {
  let rig: WebRig;
  beforeAll(async () => {
    rig = await startWebRig();
  });
  afterAll(() => rig?.close());

  for (const locale of ['en-GB', 'zh-CN'] as const) {
    it(`imports with progress, lists the row it could not take, and offers exports (${locale})`, async () => {
      const zh = locale === 'zh-CN';
      const context = await personContext(rig, 'csv.director', { locale, viewport: { width: 1280, height: 900 } });
      const { page, errors } = await watchedPage(context);
      await page.goto(`${rig.server.url}/csv`);
      await page.getByRole('heading', { level: 1, name: zh ? '导入与导出' : 'Import and export' }).waitFor();
      const rows = Array.from({ length: 3000 }, (_, i) => `WEB-${locale}-${i},product,Item ${i},${i * 100},CNY,`);
      rows[41] = `WEB-${locale}-41,spaceship,Bad kind,,,`;
      await page.getByLabel(zh ? '文件内容' : 'What the file holds').selectOption('targets');
      await page.getByLabel(zh ? 'CSV 文件（UTF-8，首行为表头）' : 'CSV file (UTF-8, header row first)').setInputFiles({
        name: 'targets.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`ref,kind,name,gmvMinor,currency,attributes\n${rows.join('\n')}\n`),
      });
      await page.getByRole('button', { name: zh ? '导入' : 'Import', exact: true }).click();
      const status = page.getByRole('status');
      await status.getByText(zh ? /完成，用时/ : /Done in/).waitFor();
      expect(await status.locator('progress').getAttribute('value')).toBe('100');
      await expect.poll(() => status.textContent()).toContain(zh ? '已导入 2999 行' : '2999 imported');
      const report = status.getByRole('link', { name: zh ? '下载 1 条行错误（CSV）' : 'Download the 1 row error (CSV)' });
      const [download] = await Promise.all([page.waitForEvent('download'), report.click()]);
      const text = await (await download.createReadStream()).toArray();
      expect(Buffer.concat(text).toString()).toMatch(/^line,column,code,reason\n43,kind,invalid,/);
      await screenshot(page, `csv-${zh ? 'zh-CN' : 'en'}`);
      expect(await contrastFailures(page), `csv-${locale}`).toEqual([]);
      const exportLink = page.getByRole('link', { name: zh ? '下载全部对象（CSV）' : 'Download all targets (CSV)' });
      expect(await exportLink.getAttribute('href')).toBe('/api/v1/exports/targets.csv');
      const [exported] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
      const csv = Buffer.concat(await (await exported.createReadStream()).toArray()).toString();
      expect(csv).toContain(`WEB-${locale}-2999,product,Item 2999`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
