/**
 * The studio's edits to a draft flywheel, as pure functions (each returns a new draft), and the
 * names and checks the pages show. The rules themselves are the domain module's (src/domain/flywheel).
 */
import { checkFlywheel, type FlywheelCheck } from '#domain/flywheel/checks.ts';
import { formatFinding } from '#domain/flywheel/messages.ts';
import {
  labelFor,
  type CausalLink,
  type Flywheel,
  type FlywheelCase,
  type FlywheelComponent,
  type FlywheelLocale,
  type LocalText,
  type MetricBinding,
  type Position,
} from '#domain/flywheel/model.ts';
import { ringLayout } from '#domain/flywheel/templates.ts';

/** The radius of the ring new components are laid out on (canvas units). */
export const RING_RADIUS = 260;

/** An id the API accepts (letters, digits, _ . : -), made from a name and unique among `taken`. */
export function idFor(name: string, taken: readonly string[]): string {
  const slug = slugOf(name);
  const used = new Set(taken);
  if (slug && !used.has(slug)) return slug;
  const base = slug ?? 'c';
  for (let i = slug ? 2 : 1; ; i++) if (!used.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** The Latin letters and digits of a name as an id (lower_snake), or null when it has none. */
export function slugOf(name: string): string | null {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48);
  return /^[a-z0-9]/.test(slug) ? slug : null;
}

const samePlace = (a: Position | null, b: Position) => a !== null && a.x === b.x && a.y === b.y;

/**
 * Adds a component named in the reader's language. While every component still sits where the ring
 * put it, the ring is laid out again for one more; a wheel someone arranged keeps its places.
 */
export function addComponent(
  draft: Flywheel,
  name: string,
  locale: FlywheelLocale,
  factorKeys: string[] = [],
): { draft: Flywheel; id: string } {
  const id = idFor(
    name,
    draft.components.map((c) => c.id),
  );
  const n = draft.components.length;
  const ring = ringLayout(n, RING_RADIUS);
  const untouched = draft.components.every((c, i) => samePlace(c.position, ring[i]!));
  const next = ringLayout(n + 1, RING_RADIUS);
  const components = untouched
    ? draft.components.map((c, i) => ({ ...c, position: next[i]! }))
    : [...draft.components];
  const component: FlywheelComponent = {
    id,
    label: { [locale]: name.trim() } as LocalText,
    // A name with no Latin letters (用户体验) is its own factor key; a Latin one is its id.
    factorKeys: factorKeys.length > 0 ? factorKeys : slugOf(name) ? [] : [name.trim()],
    decay: 0.5,
    capacity: 100,
    initial: 1,
    position: untouched ? next[n]! : freeSpot(components, next[n]!),
  };
  return { draft: { ...draft, components: [...components, component] }, id };
}

/** The ring's spot, or one nudged outwards until no component sits on it. */
function freeSpot(components: readonly FlywheelComponent[], spot: Position): Position {
  let p = spot;
  for (
    let k = 1;
    components.some((c) => c.position && Math.hypot(c.position.x - p.x, c.position.y - p.y) < 80);
    k++
  )
    p = { x: spot.x * (1 + 0.25 * k), y: spot.y * (1 + 0.25 * k) + 40 * k };
  return p;
}

/** Removes a component with its links and its live binding. */
export function removeComponent(draft: Flywheel, id: string): Flywheel {
  return {
    ...draft,
    components: draft.components.filter((c) => c.id !== id),
    links: draft.links.filter((l) => l.from !== id && l.to !== id),
    bindings: draft.bindings.filter((b) => b.componentId !== id),
  };
}

export function updateComponent(draft: Flywheel, id: string, patch: Partial<FlywheelComponent>): Flywheel {
  return { ...draft, components: draft.components.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

/** Renames a component in one language, keeping the other. */
export function renameComponent(draft: Flywheel, id: string, name: string, locale: FlywheelLocale): Flywheel {
  const c = draft.components.find((x) => x.id === id);
  if (!c || !name.trim()) return draft;
  return updateComponent(draft, id, { label: { ...c.label, [locale]: name.trim() } });
}

/** Why a link cannot be added (a second link between the same ends, a loop onto itself), or null. */
export function linkRefusal(
  draft: Flywheel,
  from: string,
  to: string,
): 'self' | 'duplicate' | 'missing' | null {
  if (from === to) return 'self';
  const ids = new Set(draft.components.map((c) => c.id));
  if (!ids.has(from) || !ids.has(to)) return 'missing';
  return draft.links.some((l) => l.from === from && l.to === to) ? 'duplicate' : null;
}

/** Adds a causal link (+ unless told otherwise); unchanged when it is refused. */
export function addLink(
  draft: Flywheel,
  link: Pick<CausalLink, 'from' | 'to'> & Partial<CausalLink>,
): Flywheel {
  if (linkRefusal(draft, link.from, link.to)) return draft;
  const full: CausalLink = { polarity: '+', strength: 0.6, delay: null, note: null, ...link };
  return { ...draft, links: [...draft.links, full] };
}

const sameEnds = (l: Pick<CausalLink, 'from' | 'to'>, from: string, to: string) =>
  l.from === from && l.to === to;

export function updateLink(draft: Flywheel, from: string, to: string, patch: Partial<CausalLink>): Flywheel {
  return { ...draft, links: draft.links.map((l) => (sameEnds(l, from, to) ? { ...l, ...patch } : l)) };
}

/** Moves a link's ends (reconnect); unchanged when the new ends are refused. */
export function reconnectLink(
  draft: Flywheel,
  old: Pick<CausalLink, 'from' | 'to'>,
  next: Pick<CausalLink, 'from' | 'to'>,
): Flywheel {
  if (sameEnds(old, next.from, next.to)) return draft;
  if (linkRefusal(draft, next.from, next.to)) return draft;
  return updateLink(draft, old.from, old.to, { from: next.from, to: next.to });
}

export function removeLink(draft: Flywheel, from: string, to: string): Flywheel {
  return { ...draft, links: draft.links.filter((l) => !sameEnds(l, from, to)) };
}

/** Binds a component to a live metric (one per component), or unbinds it with null. */
export function setBinding(
  draft: Flywheel,
  componentId: string,
  binding: Omit<MetricBinding, 'componentId'> | null,
): Flywheel {
  const others = draft.bindings.filter((b) => b.componentId !== componentId);
  return { ...draft, bindings: binding ? [...others, { componentId, ...binding }] : others };
}

/** Each component's centre on the canvas (its saved place, else its place on the ring). */
export function positionsOf(draft: Pick<Flywheel, 'components'>): Map<string, Position> {
  const ring = ringLayout(draft.components.length, RING_RADIUS);
  return new Map(draft.components.map((c, i) => [c.id, c.position ?? ring[i]!]));
}

/** A component's name in the reader's language (its id when it has none). */
export function nameOf(draft: Pick<Flywheel, 'components'>, locale: FlywheelLocale): (id: string) => string {
  return (id) => labelFor(draft.components.find((c) => c.id === id)?.label, locale, id);
}

/** The checks, run here and now on the draft, worded as the server words them. */
export function checkLocally(
  draft: Flywheel,
  cases: readonly FlywheelCase[],
  locale: FlywheelLocale,
): FlywheelCheck & { messages: { code: string; severity: string; message: string }[] } {
  const check = checkFlywheel(draft, cases);
  const name = nameOf(draft, locale);
  return {
    ...check,
    messages: check.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: formatFinding(f, locale, name),
    })),
  };
}
