import { lazy } from 'react';
import type { Permission, Scope } from '#domain/access.ts';
import { allows, type Need } from '../api/use-can.ts';

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

/**
 * What each page needs (docs/permissions.md): a page is offered, and opened, only to a person whose
 * grants allow the calls it makes. The lamp board, the queue and the andon room read across
 * organisations, so a supplier's grant for its own records is not enough; the supplier portal is
 * for the supplier's own people and for those who inspect alongside them.
 */
export const pageNeeds = {
  board: { permission: 'andons:read', all: true },
  // The desk looks up repeat evidence for anyone who reads complaints; recording needs complaints:write.
  desk: { permission: 'complaints:read', all: true },
  andon: { permission: 'andons:read', all: true },
  queues: { permission: 'work_orders:read', all: true },
  supplier: { permission: 'inspection:record' },
  dashboard: { permission: 'metrics:read' },
  studio: { permission: 'flywheels:read' },
  settings: { permission: 'config:read' },
  // Every export reads across organisations (complaints, targets, issue codes).
  csv: { permission: 'complaints:read', all: true },
} as const satisfies Record<string, Need>;

/** The main navigation, in order; labels are message keys. */
export const navItems = [
  { href: '/board', label: 'app.nav.board', needs: pageNeeds.board },
  { href: '/desk', label: 'app.nav.desk', needs: { permission: 'complaints:write' } },
  { href: '/queues', label: 'app.nav.queues', needs: pageNeeds.queues },
  { href: '/supplier', label: 'app.nav.supplier', needs: pageNeeds.supplier },
  { href: '/dashboard', label: 'app.nav.dashboard', needs: pageNeeds.dashboard },
  { href: '/studio', label: 'studio.nav', needs: pageNeeds.studio },
  { href: '/settings', label: 'app.nav.settings', needs: pageNeeds.settings },
  { href: '/csv', label: 'csv.nav', needs: pageNeeds.csv },
] as const;

/** The navigation a person's grants allow, in order. */
export function navFor(grants: Partial<Record<Permission, Scope>>) {
  return navItems.filter((item) => allows(grants, item.needs));
}

/** Where a person starts: the first page they may use (the lamp board for most, the portal for a supplier). */
export function homeFor(grants: Partial<Record<Permission, Scope>>): string | null {
  return navFor(grants)[0]?.href ?? null;
}
