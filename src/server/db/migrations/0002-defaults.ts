import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';

/**
 * What a new deployment starts with: the two owner teams every pull sends work to, the default
 * rule (two different customers, same target, same problem, within 30 days; the agent decides),
 * and a starter taxonomy of problems that users extend.
 */
const starterIssueCodes: [code: string, zh: string, en: string, counts: boolean, safety: boolean][] = [
  ['defective', '质量缺陷', 'Defective', true, false],
  ['damaged_in_transit', '运输损坏', 'Damaged in transit', true, false],
  ['not_as_described', '与描述不符', 'Not as described', true, false],
  ['wrong_item', '发错货', 'Wrong item sent', true, false],
  ['missing_parts', '缺件少件', 'Missing parts', true, false],
  ['safety_hazard', '安全隐患', 'Safety hazard', true, true],
  ['overcharging', '乱收费', 'Overcharging', true, false],
  ['poor_service', '服务态度差', 'Poor service attitude', true, false],
  ['changed_mind', '不想要了（客户个人原因）', 'Changed my mind (customer choice)', false, false],
  ['other', '其他', 'Other', true, false],
];

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('teams')
    .values([
      {
        id: uuidv7(),
        key: 'supplier-management',
        name: 'Supplier management / 供应商管理部门',
        description: null,
        created_at: now,
        updated_at: now,
      },
      { id: uuidv7(), key: 'quality', name: 'Quality / 质量部门', description: null, created_at: now, updated_at: now },
    ])
    .execute();
  await db
    .insertInto('issue_codes')
    .values(
      starterIssueCodes.map(([code, zh, en, counts, safety]) => ({
        code,
        name_zh: zh,
        name_en: en,
        description_zh: null,
        description_en: null,
        counts,
        safety_critical: safety,
        active: true,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await db
    .insertInto('rules')
    .values({
      id: uuidv7(),
      scope_key: '*:*',
      name: 'Default: 2 customers, same problem, 30 days',
      target_kind: null,
      issue_code: null,
      threshold: 2,
      window_days: 30,
      mode: 'suggest',
      reward_minor: 5000,
      reward_currency: 'CNY',
      inspection_due_hours: 24,
      root_cause_due_hours: 72,
      active: true,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('rules').where('scope_key', '=', '*:*').execute();
  await db.deleteFrom('issue_codes').where('code', 'in', starterIssueCodes.map(([c]) => c)).execute();
  await db.deleteFrom('teams').where('key', 'in', ['supplier-management', 'quality']).execute();
}
