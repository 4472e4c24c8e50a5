import type { Kysely } from 'kysely';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { defaultSettings, type Settings, type UpdateSettingsInput } from './settings.schema.ts';

/** The deployment's settings: each stored key over the defaults (a key never set keeps its default). */
export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, fromJson<unknown>(r.value)])) as Partial<Settings>;
  return {
    ...defaultSettings,
    ...stored,
    slas: Object.fromEntries(
      Object.entries(defaultSettings.slas).map(([k, v]) => [k, { ...v, ...(stored.slas?.[k as keyof Settings['slas']] ?? {}) }]),
    ) as Settings['slas'],
  };
}

/** Changes some settings (SLAs merge per type and field); audited with before and after. */
export async function updateSettings(tx: Tx, input: UpdateSettingsInput): Promise<Settings> {
  const before = await getSettings(tx.db);
  const after: Settings = { ...before, ...input, slas: before.slas } as Settings;
  for (const [k, v] of Object.entries(input.slas ?? {})) {
    const key = k as keyof Settings['slas'];
    after.slas[key] = { ...before.slas[key], ...Object.fromEntries(Object.entries(v ?? {}).filter(([, x]) => x !== undefined)) };
  }
  const at = tx.now.toISOString();
  for (const key of Object.keys(input) as (keyof Settings)[]) {
    await tx.db
      .insertInto('settings')
      .values({ key, value: toJson(after[key]), updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: toJson(after[key]), updated_at: at }))
      .execute();
  }
  await recordAudit(tx, { action: 'settings.updated', subjectType: 'settings', subjectId: 'settings', before, after });
  return after;
}
