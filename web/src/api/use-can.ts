import type { Permission, Scope } from '#domain/access.ts';
import { useSession } from './session.ts';

/**
 * How far the signed-in person's grant of a permission reaches (`all`, `own`), or null without it.
 * The server decides every call; this only keeps the page from offering what would be refused.
 */
export function useGrant(permission: Permission): Scope | null {
  return useGrants()[permission] ?? null;
}

/** Whether the signed-in person holds a permission (for all records or their own). */
export function useCan(permission: Permission): boolean {
  return useGrant(permission) !== null;
}

/** The permissions the signed-in person holds, for checking several at once (lists, navigation). */
export function useGrants(): Partial<Record<Permission, Scope>> {
  const session = useSession();
  return session.status === 'signed-in' ? (session.me.grants as Partial<Record<Permission, Scope>>) : {};
}

/**
 * What a page or a control needs: a permission, and whether it must reach every record (`all`:
 * the call is not narrowed to a supplier's own, so a grant for one's `own` records is refused).
 */
export interface Need {
  permission: Permission;
  all?: boolean;
}

/** Whether grants meet a need. */
export function allows(grants: Partial<Record<Permission, Scope>>, need: Need): boolean {
  const scope = grants[need.permission];
  return need.all ? scope === 'all' : scope !== undefined;
}
