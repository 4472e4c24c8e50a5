import { lazy } from 'react';

/**
 * The pages. The lamp board, the page most often opened first (and the office wall's), ships in the
 * first chunk; every other page is its own chunk, loaded when first visited.
 * The lifecycle's pages slot in here as their APIs land: work queues (/queues, /supplier),
 * the dashboard (/dashboard) and settings (/settings): a lazy page plus a nav item each.
 */
export { BoardPage } from '../features/board/board-page.tsx';
export const DeskPage = lazy(() =>
  import('../features/desk/desk-page.tsx').then((m) => ({ default: m.DeskPage })),
);
export const AndonPage = lazy(() =>
  import('../features/andon-room/andon-page.tsx').then((m) => ({ default: m.AndonPage })),
);

/** The main navigation, in order; labels are message keys. */
export const navItems = [
  { href: '/board', label: 'app.nav.board' },
  { href: '/desk', label: 'app.nav.desk' },
] as const;
