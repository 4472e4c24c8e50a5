/**
 * One of two processes racing on the same SQLite file: waits for the agreed instant, then records
 * one complaint per target at once, and prints what it got back.
 * Args: <ANDON_DATA_DIR> <startAtMs> <customerRef> <issueCode> <ref...>
 */
import { loadConfig } from '#server/config.ts';
import { openDatabase } from '#server/db/connect.ts';
import { GroupCommitWriter } from '#server/db/writer.ts';
import { EventBus } from '#server/events.ts';
import { recordComplaint } from '#server/modules/complaints/complaints.service.ts';

const [dataDir, startAt, customerRef, issueCode, ...refs] = process.argv.slice(2);
const config = loadConfig({ ANDON_DATA_DIR: dataDir! });
const database = await openDatabase(config);
const writer = new GroupCommitWriter(database.writer, new EventBus(), 1);
while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 1));
const results = await Promise.allSettled(
  refs.map((ref) => writer.run((tx) => recordComplaint(tx, { targetRef: ref, customerRef: customerRef!, issueCode: issueCode!, text: 'race', recordedBy: customerRef! }), { id: 'race' })),
);
console.log(JSON.stringify(results.map((r) => (r.status === 'fulfilled' ? r.value.action : `error: ${String(r.reason)}`))));
await writer.drain();
await database.close();
