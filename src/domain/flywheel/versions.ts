import type { Flywheel, FlywheelVersion, Polarity } from './model.ts';

/** The next saved version of a flywheel: numbered one past the highest so far, holding a copy. */
export function nextVersion(
  versions: readonly Pick<FlywheelVersion, 'version'>[],
  flywheel: Flywheel,
  note: string,
  now: Date,
): FlywheelVersion {
  const version = versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
  // A flywheel is plain JSON data; the round trip is a deep copy that runs anywhere.
  const copy: Flywheel = JSON.parse(JSON.stringify(flywheel));
  return { version, note, createdAt: now.toISOString(), flywheel: copy };
}

/** What changed between two versions of a flywheel, by component id and link ends. */
export interface FlywheelDiff {
  addedComponents: string[];
  removedComponents: string[];
  addedLinks: { from: string; to: string; polarity: Polarity }[];
  removedLinks: { from: string; to: string; polarity: Polarity }[];
  /** Links kept whose polarity flipped. */
  flippedLinks: { from: string; to: string; polarity: Polarity }[];
}

/** The structural difference from `before` to `after` (parameters like strength and decay left out). */
export function diffFlywheels(
  before: Pick<Flywheel, 'components' | 'links'>,
  after: Pick<Flywheel, 'components' | 'links'>,
): FlywheelDiff {
  const idsBefore = new Set(before.components.map((c) => c.id));
  const idsAfter = new Set(after.components.map((c) => c.id));
  const key = (l: { from: string; to: string }) => `${l.from}>${l.to}`;
  const linksBefore = new Map(before.links.map((l) => [key(l), l]));
  const linksAfter = new Map(after.links.map((l) => [key(l), l]));
  const ends = (l: { from: string; to: string; polarity: Polarity }) => ({
    from: l.from,
    to: l.to,
    polarity: l.polarity,
  });
  return {
    addedComponents: after.components.filter((c) => !idsBefore.has(c.id)).map((c) => c.id),
    removedComponents: before.components.filter((c) => !idsAfter.has(c.id)).map((c) => c.id),
    addedLinks: after.links.filter((l) => !linksBefore.has(key(l))).map(ends),
    removedLinks: before.links.filter((l) => !linksAfter.has(key(l))).map(ends),
    flippedLinks: after.links
      .filter((l) => {
        const old = linksBefore.get(key(l));
        return old !== undefined && old.polarity !== l.polarity;
      })
      .map(ends),
  };
}
