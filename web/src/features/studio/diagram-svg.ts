/**
 * The flywheel as a standalone SVG picture (export, PNG, the shared view): the centre, each component
 * where it sits on the canvas, each causal link as an arrow with its polarity. Pure: a string from data.
 */
import { labelFor, type Flywheel, type FlywheelLocale, type Position } from '#domain/flywheel/model.ts';
import { positionsOf } from './studio-model.ts';

/** A component's box on the canvas (the editor draws its nodes the same size). */
export const NODE_W = 176;
export const NODE_H = 60;
/** The centre's radius. */
export const CENTRE_R = 74;

const colours = {
  ink: '#1b1b1f',
  muted: '#50535a',
  line: '#8a8f98',
  plus: '#1e6b34',
  minus: '#b3261e',
  surface: '#ffffff',
  bg: '#f5f6f8',
};

/** Escapes text for XML content and attributes. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** Where the segment from a box's centre towards `to` leaves the box (half sizes hw, hh). */
export function boxExit(centre: Position, to: Position, hw: number, hh: number): Position {
  const dx = to.x - centre.x;
  const dy = to.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scale = 1 / Math.max(Math.abs(dx) / hw, Math.abs(dy) / hh);
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}

/** Splits a label into at most two lines of about `width` characters (CJK counts double). */
export function wrapLabel(text: string, width = 18): string[] {
  const cost = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  if (cost(text) <= width) return [text];
  const words = /\s/.test(text) ? text.split(/\s+/) : [...text];
  const joiner = /\s/.test(text) ? ' ' : '';
  let first = '';
  let i = 0;
  while (i < words.length && cost(first + joiner + words[i]) <= width)
    first = first ? first + joiner + words[i++] : words[i++]!;
  if (!first) first = words[i++]!;
  let rest = words.slice(i).join(joiner);
  if (cost(rest) > width) rest = `${[...rest].slice(0, Math.max(1, width - 2)).join('')}…`;
  return rest ? [first, rest] : [first];
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Where a link's polarity sign goes: the middle of the link, or the nearest point along it that is
 * not hidden behind the centre (a link across the wheel passes behind it).
 */
export function labelPoint(start: Position, end: Position, control: Position | null): Position {
  const at = (t: number): Position => {
    const c = control ?? { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    const u = 1 - t;
    return {
      x: u * u * start.x + 2 * u * t * c.x + t * t * end.x,
      y: u * u * start.y + 2 * u * t * c.y + t * t * end.y,
    };
  };
  for (const t of [0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85]) {
    const p = at(t);
    if (Math.hypot(p.x, p.y) > CENTRE_R + 16) return p;
  }
  return at(0.5);
}

/** The link's path and where its polarity sign goes: straight, or bowed when a link runs back the other way. */
export function linkGeometry(from: Position, to: Position, bowed: boolean) {
  const start = boxExit(from, to, NODE_W / 2 + 4, NODE_H / 2 + 4);
  const end = boxExit(to, from, NODE_W / 2 + 10, NODE_H / 2 + 10);
  const mx = (start.x + end.x) / 2;
  const my = (start.y + end.y) / 2;
  const len = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  // Bow to the right of the direction of travel, so a → b and b → a never overlap.
  const off = bowed ? 36 : 0;
  const nx = ((end.y - start.y) / len) * off;
  const ny = (-(end.x - start.x) / len) * off;
  const control = { x: mx + nx, y: my + ny };
  const label = labelPoint(start, end, bowed ? control : null);
  const d = bowed
    ? `M ${num(start.x)} ${num(start.y)} Q ${num(control.x)} ${num(control.y)} ${num(end.x)} ${num(end.y)}`
    : `M ${num(start.x)} ${num(start.y)} L ${num(end.x)} ${num(end.y)}`;
  return { d, label };
}

/** The SVG document of the flywheel in a language. */
export function flywheelSvg(flywheel: Flywheel, locale: FlywheelLocale): string {
  const places = positionsOf(flywheel);
  const xs = [...places.values()].map((p) => p.x);
  const ys = [...places.values()].map((p) => p.y);
  const pad = 40;
  const minX = Math.min(-CENTRE_R, ...xs.map((x) => x - NODE_W / 2)) - pad;
  const maxX = Math.max(CENTRE_R, ...xs.map((x) => x + NODE_W / 2)) + pad;
  const minY = Math.min(-CENTRE_R, ...ys.map((y) => y - NODE_H / 2)) - pad - 30;
  const maxY = Math.max(CENTRE_R, ...ys.map((y) => y + NODE_H / 2)) + pad;
  const width = maxX - minX;
  const height = maxY - minY;
  const name = labelFor(flywheel.name, locale, flywheel.id);
  const centre = labelFor(flywheel.centre, locale, '');
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}" font-family="'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif" role="img">`,
    `<title>${xmlEscape(name)}</title>`,
    `<defs>${(['plus', 'minus'] as const)
      .map(
        (k) =>
          `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${colours[k]}"/></marker>`,
      )
      .join('')}</defs>`,
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="${colours.bg}"/>`,
    `<text x="${num(minX + 16)}" y="${num(minY + 28)}" font-size="18" font-weight="700" fill="${colours.ink}">${xmlEscape(name)}</text>`,
  );
  for (const link of flywheel.links) {
    const from = places.get(link.from);
    const to = places.get(link.to);
    if (!from || !to) continue;
    const bowed = flywheel.links.some((l) => l.from === link.to && l.to === link.from);
    const { d, label } = linkGeometry(from, to, bowed);
    const kind = link.polarity === '+' ? 'plus' : 'minus';
    const dash = link.delay ? ' stroke-dasharray="8 5"' : '';
    out.push(
      `<path d="${d}" fill="none" stroke="${colours[kind]}" stroke-width="2.5"${dash} marker-end="url(#arrow-${kind})"/>`,
      `<circle cx="${num(label.x)}" cy="${num(label.y)}" r="12" fill="${colours.surface}" stroke="${colours[kind]}" stroke-width="2"/>`,
      `<text x="${num(label.x)}" y="${num(label.y + 6)}" text-anchor="middle" font-size="18" font-weight="700" fill="${colours[kind]}">${link.polarity === '+' ? '+' : '−'}</text>`,
    );
  }
  // The centre over the links (a link across the wheel passes behind it), the components over both.
  out.push(
    `<circle cx="0" cy="0" r="${CENTRE_R}" fill="${colours.ink}"/>`,
    ...wrapLabel(centre, 12).map(
      (line, i, all) =>
        `<text x="0" y="${num((i - (all.length - 1) / 2) * 20 + 6)}" text-anchor="middle" font-size="16" font-weight="700" fill="#ffffff">${xmlEscape(line)}</text>`,
    ),
  );
  for (const c of flywheel.components) {
    const p = places.get(c.id)!;
    const lines = wrapLabel(labelFor(c.label, locale, c.id));
    out.push(
      `<rect x="${num(p.x - NODE_W / 2)}" y="${num(p.y - NODE_H / 2)}" width="${NODE_W}" height="${NODE_H}" rx="10" fill="${colours.surface}" stroke="${colours.line}" stroke-width="1.5"/>`,
      ...lines.map(
        (line, i) =>
          `<text x="${num(p.x)}" y="${num(p.y + (i - (lines.length - 1) / 2) * 18 + 5)}" text-anchor="middle" font-size="15" fill="${colours.ink}">${xmlEscape(line)}</text>`,
      ),
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
