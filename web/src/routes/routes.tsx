import { lazy } from 'react';

/**
 * The pages. The lamp board, the page most often opened first (and the office wall's), ships in the
 * first chunk; every other page is its own chunk, loaded when first visited (the dashboard's charts
 * in one more, loaded after its tables).
 */
export { BoardPage } from '../features/board/board-page.tsx';
export const DeskPage = lazy(() =>
  import('../features/desk/desk-page.tsx').then((m) => ({ default: m.DeskPage })),
);
export const AndonPage = lazy(() =>
  import('../features/andon-room/andon-page.tsx').then((m) => ({ default: m.AndonPage })),
);
export const QueuesPage = lazy(() =>
  import('../features/queues/queues-page.tsx').then((m) => ({ default: m.QueuesPage })),
);
export const SupplierPage = lazy(() =>
  import('../features/queues/supplier-page.tsx').then((m) => ({ default: m.SupplierPage })),
);
export const DashboardPage = lazy(() =>
  import('../features/dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
export const CsvPage = lazy(() =>
  import('../features/csv/csv-page.tsx').then((m) => ({ default: m.CsvPage })),
);
export const StudioListPage = lazy(() =>
  import('../features/studio/studio-list-page.tsx').then((m) => ({ default: m.StudioListPage })),
);
export const StudioPage = lazy(() =>
  import('../features/studio/studio-page.tsx').then((m) => ({ default: m.StudioPage })),
);
/** A shared flywheel, read-only: public, outside the signed-in app. */
export const SharedFlywheelPage = lazy(() =>
  import('../features/studio/shared-page.tsx').then((m) => ({ default: m.SharedFlywheelPage })),
);
export const SettingsPage = lazy(() =>
  import('../features/settings/settings-page.tsx').then((m) => ({ default: m.SettingsPage })),
);

/** The main navigation, in order; labels are message keys. */
export const navItems = [
  { href: '/board', label: 'app.nav.board' },
  { href: '/desk', label: 'app.nav.desk' },
  { href: '/queues', label: 'app.nav.queues' },
  { href: '/supplier', label: 'app.nav.supplier' },
  { href: '/dashboard', label: 'app.nav.dashboard' },
  { href: '/studio', label: 'studio.nav' },
  { href: '/settings', label: 'app.nav.settings' },
  { href: '/csv', label: 'csv.nav' },
] as const;
