import fs from 'node:fs';
import type { Download, Page } from 'playwright-core';

/** The studio's step tabs, by the name shown in each language. */
export const stepNames = {
  en: { cases: 'Cases', discovery: 'Components', loop: 'Loop', replay: 'Replay', simulation: 'Simulation', share: 'Export and share' },
  'zh-CN': { cases: '案例', discovery: '构件', loop: '回路', replay: '推演', simulation: '模拟', share: '导出与分享' },
} as const;

type Step = keyof (typeof stepNames)['en'];

/** Opens a step from the studio's step navigation. */
export async function openStep(page: Page, step: Step, lang: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await page.getByRole('navigation', { name: lang === 'en' ? 'The six steps' : '六个步骤' }).getByRole('link', { name: stepNames[lang][step] }).click();
  await page.getByTestId(`${step === 'simulation' ? 'simulation' : step}-step`).waitFor();
}

/** Waits until every change of the draft has reached the server. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor();
}

/** Adds a case through the case form (steps 1–2): its outcome and the factors seen moving. */
export async function addCase(
  page: Page,
  c: { title: string; outcome: 'success' | 'failure'; start: string; factors: [string, 'up' | 'down' | 'absent'][] },
): Promise<void> {
  await page.getByRole('button', { name: 'Add a case' }).click();
  const form = page.getByTestId('case-form');
  await form.getByLabel('Case', { exact: true }).fill(c.title);
  await form.getByLabel('Outcome').selectOption(c.outcome);
  await form.getByLabel('From', { exact: true }).fill(c.start);
  for (const [i, [factor, movement]] of c.factors.entries()) {
    await form.getByRole('button', { name: 'Add a factor' }).click();
    await form.getByLabel(`Factor ${i + 1}`, { exact: true }).fill(factor);
    await form.getByLabel(`Movement ${i + 1}`, { exact: true }).selectOption(movement);
  }
  await form.getByRole('button', { name: 'Save the case' }).click();
  await page.getByTestId('case').filter({ hasText: c.title }).waitFor();
}

/** Saves a download and returns its bytes. */
export async function downloaded(page: Page, click: () => Promise<void>, dir: string): Promise<{ name: string; path: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const d = download as Download;
  const path = `${dir}/${d.suggestedFilename()}`;
  await d.saveAs(path);
  return { name: d.suggestedFilename(), path, bytes: fs.readFileSync(path) };
}

/** The replay grid's cells of one column, by case title, as verdicts. */
export async function verdicts(page: Page, column: string): Promise<Record<string, string>> {
  const rows = page.getByTestId('replay-row');
  const out: Record<string, string> = {};
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const title = (await row.locator('th').textContent())!.trim();
    out[title] = (await row.locator(`td[data-column="${column}"]`).getAttribute('data-verdict'))!;
  }
  return out;
}
