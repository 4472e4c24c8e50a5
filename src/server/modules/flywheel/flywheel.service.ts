import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { AndonError, notFound } from '#domain/errors.ts';
import { checkFlywheel } from '#domain/flywheel/checks.ts';
import { rankFactors, componentSupport, linkSupport } from '#domain/flywheel/discovery.ts';
import { formatFinding } from '#domain/flywheel/messages.ts';
import { labelFor, type Flywheel, type FlywheelCase, type FactorDefinition, type FlywheelDocument } from '#domain/flywheel/model.ts';
import { replayGrid } from '#domain/flywheel/replay.ts';
import { exportFlywheelDocument, parseFlywheelDocument } from '#domain/flywheel/schema.ts';
import { type SimulationOptions, simulateFlywheel } from '#domain/flywheel/simulate.ts';
import { flywheelTemplates, type FlywheelTemplateKey } from '#domain/flywheel/templates.ts';
import { diffFlywheels } from '#domain/flywheel/versions.ts';
import type { Locale } from '#i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/writer.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import {
  casesOf,
  deleteCaseRow,
  deleteFlywheelRow,
  findFlywheel,
  findFlywheelByShareToken,
  type FlywheelRow,
  insertFlywheel,
  insertVersion,
  listFlywheelRows,
  updateFlywheelRow,
  upsertCase,
  versionsOf,
} from './flywheel.repository.ts';
import { liveMetricSeries } from './live-metrics.ts';

export { listFlywheelRows as listFlywheels };

async function mustFind(db: Kysely<Database>, id: string): Promise<FlywheelRow> {
  const row = await findFlywheel(db, id);
  if (!row) throw notFound('flywheel', id);
  return row;
}

/** A new flywheel from a template (Amazon's, or blank), or from an imported JSON document. */
export async function createFlywheel(
  tx: Tx,
  input: { template?: FlywheelTemplateKey | undefined; name?: Flywheel['name'] | undefined; document?: unknown },
): Promise<FlywheelRow> {
  const id = uuidv7();
  let document: FlywheelDocument | null = null;
  if (input.document !== undefined) {
    const parsed = parseFlywheelDocument(input.document);
    if (!parsed.ok) {
      throw new AndonError('validation_failed', { count: parsed.issues.length }, parsed.issues.map((i) => ({ ...i, path: ['document', ...i.path] })));
    }
    document = parsed.document;
  }
  const draft: Flywheel = document ? { ...document.flywheel, id } : flywheelTemplates[input.template ?? 'blank'].build(id);
  if (input.name) draft.name = input.name;
  const now = tx.now.toISOString();
  const row: FlywheelRow = {
    id,
    draft,
    factors: document?.factors ?? [],
    latestVersion: document?.versions.reduce((max, v) => Math.max(max, v.version), 0) ?? 0,
    shareToken: null,
    createdBy: tx.actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await insertFlywheel(tx.db, row);
  for (const v of document?.versions ?? []) await insertVersion(tx.db, id, { ...v, flywheel: { ...v.flywheel, id } }, tx.actor.id);
  for (const c of document?.cases ?? []) await upsertCase(tx.db, id, c, now);
  await recordAudit(tx, { action: document ? 'flywheel.imported' : 'flywheel.created', subjectType: 'flywheel', subjectId: id, after: { name: draft.name, template: input.template ?? null } });
  return row;
}

/** Replaces the draft (components, links, bindings, names) after the schema's checks. */
export async function saveDraft(tx: Tx, id: string, draft: Flywheel): Promise<FlywheelRow> {
  const before = await mustFind(tx.db, id);
  const next = { ...draft, id };
  await updateFlywheelRow(tx.db, id, { draft: next, updatedAt: tx.now.toISOString() });
  await recordAudit(tx, { action: 'flywheel.draft_saved', subjectType: 'flywheel', subjectId: id, after: diffFlywheels(before.draft, next) });
  return { ...before, draft: next, updatedAt: tx.now.toISOString() };
}

/** Saves the draft as the next numbered version, kept for the replay grid. */
export async function saveVersion(tx: Tx, id: string, note: string) {
  const row = await mustFind(tx.db, id);
  const version = { version: row.latestVersion + 1, note, createdAt: tx.now.toISOString(), flywheel: row.draft };
  await insertVersion(tx.db, id, version, tx.actor.id);
  await updateFlywheelRow(tx.db, id, { latestVersion: version.version, updatedAt: version.createdAt });
  await recordAudit(tx, { action: 'flywheel.version_saved', subjectType: 'flywheel', subjectId: id, after: { version: version.version, note } });
  return version;
}

export async function saveFactors(tx: Tx, id: string, factors: FactorDefinition[]): Promise<FactorDefinition[]> {
  await mustFind(tx.db, id);
  await updateFlywheelRow(tx.db, id, { factors, updatedAt: tx.now.toISOString() });
  return factors;
}

export async function saveCase(tx: Tx, id: string, c: FlywheelCase): Promise<FlywheelCase> {
  await mustFind(tx.db, id);
  await upsertCase(tx.db, id, c, tx.now.toISOString());
  await updateFlywheelRow(tx.db, id, { updatedAt: tx.now.toISOString() });
  await recordAudit(tx, { action: 'flywheel.case_saved', subjectType: 'flywheel', subjectId: id, after: { caseId: c.id, outcome: c.outcome } });
  return c;
}

export async function deleteCase(tx: Tx, id: string, caseId: string): Promise<void> {
  await mustFind(tx.db, id);
  if (!(await deleteCaseRow(tx.db, id, caseId))) throw notFound('case', caseId);
  await recordAudit(tx, { action: 'flywheel.case_deleted', subjectType: 'flywheel', subjectId: id, before: { caseId } });
}

export async function deleteFlywheel(tx: Tx, id: string): Promise<void> {
  const row = await mustFind(tx.db, id);
  await deleteFlywheelRow(tx.db, id);
  await recordAudit(tx, { action: 'flywheel.deleted', subjectType: 'flywheel', subjectId: id, before: { name: row.draft.name } });
}

/** A new read-only share token (the old link stops working), or none. */
export async function setSharing(tx: Tx, id: string, shared: boolean): Promise<string | null> {
  await mustFind(tx.db, id);
  const token = shared ? randomBytes(18).toString('base64url') : null;
  await updateFlywheelRow(tx.db, id, { shareToken: token, updatedAt: tx.now.toISOString() });
  await recordAudit(tx, { action: shared ? 'flywheel.shared' : 'flywheel.unshared', subjectType: 'flywheel', subjectId: id });
  return token;
}

/** Everything the studio shows: the draft, versions, cases, and the analyses of steps 3 to 6. */
export async function studioView(db: Kysely<Database>, row: FlywheelRow, locale: Locale) {
  const [versions, cases] = await Promise.all([versionsOf(db, row.id), casesOf(db, row.id)]);
  const check = checkFlywheel(row.draft, cases);
  const nameOf = (componentId: string) => labelFor(row.draft.components.find((c) => c.id === componentId)?.label, locale, componentId);
  return {
    id: row.id,
    flywheel: row.draft,
    factors: row.factors,
    versions: versions.map((v) => ({ version: v.version, note: v.note, createdAt: v.createdAt })),
    cases,
    shareToken: row.shareToken,
    updatedAt: row.updatedAt,
    discovery: rankFactors(cases),
    support: {
      components: row.draft.components.map((c) => componentSupport(c, cases)),
      links: row.draft.links.map((l) => linkSupport(l, row.draft.components, cases)),
    },
    check: {
      closed: check.closed,
      polarity: check.polarity,
      mainLoop: check.mainLoop,
      loops: check.loops,
      findings: check.findings.map((f) => ({ ...f, message: formatFinding(f, locale, nameOf) })),
    },
    replay: replayGrid(
      [...versions.map((v) => ({ key: `v${v.version}`, flywheel: v.flywheel })), { key: 'draft', flywheel: row.draft }],
      cases,
    ),
  };
}

export async function getStudio(db: Kysely<Database>, id: string, locale: Locale) {
  return studioView(db, await mustFind(db, id), locale);
}

export async function getShared(db: Kysely<Database>, token: string, locale: Locale) {
  const row = await findFlywheelByShareToken(db, token);
  if (!row) throw notFound('flywheel', token);
  const { shareToken: _hidden, ...view } = await studioView(db, row, locale);
  return view;
}

export async function simulateStudio(db: Kysely<Database>, id: string, options: Partial<SimulationOptions>, version?: number) {
  const row = await mustFind(db, id);
  const flywheel = version === undefined ? row.draft : (await versionsOf(db, id)).find((v) => v.version === version)?.flywheel;
  if (!flywheel) throw notFound('flywheel version', String(version));
  return simulateFlywheel(flywheel, options);
}

export async function exportStudio(db: Kysely<Database>, id: string): Promise<string> {
  const row = await mustFind(db, id);
  const [versions, cases] = await Promise.all([versionsOf(db, id), casesOf(db, id)]);
  return exportFlywheelDocument({ flywheel: row.draft, versions, cases, factors: row.factors });
}

/** The live andon metrics bound to the flywheel's components, day by day with their trends. */
export async function liveBindings(db: Kysely<Database>, id: string, now: Date, days: number) {
  const row = await mustFind(db, id);
  const series = await liveMetricSeries(db, row.draft.bindings, now, days);
  return row.draft.bindings.map((b, i) => ({ ...b, ...series[i]! }));
}
